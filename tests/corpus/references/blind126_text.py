"""The blind126 pool's prose (HELD OUT): a hundred-and-twenty-sixth independent reference pool.

Written without reading the checker (marker/checks), its tests or any other pool, from how marketers in South India
and its diaspora write CIM Level 6 and 7 reports and MBA assignments in English: brand, CRM and digital teams at banks
and NBFCs, gold-loan and chit-fund firms, jewellers, silk and saree retailers, FMCG, coffee, tea and spice firms, IT
and SaaS firms, two-wheeler makers, film houses and OTT platforms, hospitals, edtech, hotels and agencies in Chennai,
Coimbatore, Madurai, Kochi, Thiruvananthapuram, Kozhikode, Bengaluru, Mysuru, Hyderabad and Visakhapatnam and in
Singapore, Dubai, Kuala Lumpur, London and New Jersey. Indian English habits ("prepone", "do the needful" stays out,
"lakh" and "crore", "Rs." and "₹"), festivals (Pongal, Onam, Vishu, Ugadi, Diwali, Christmas, Ramadan, Akshaya
Tritiya), film releases and box office, Acts and Government Orders with their numbers, regulators and codes, and
text with names, years and brackets that no tutor would look for in the reference list.

HELD OUT: never tune the checker on it; report its tables, never its misses.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Muthoot Finance", "Manappuram", "KSFE", "Shriram Chits", "Federal Bank", "South Indian Bank",
          "Karur Vysya Bank", "Joyalukkas", "Malabar Gold & Diamonds", "Kalyan Jewellers", "GRT Jewellers",
          "The Chennai Silks", "Pothys", "Nalli", "Seematti", "Saravana Stores", "Sakthi Masala", "Aachi Masala",
          "Eastern", "MTR", "Arun Icecreams", "Aavin", "Milma", "CavinKare", "Chik", "Narasu's Coffee",
          "Cothas Coffee", "Kannan Devan", "Zoho", "Freshworks", "Chargebee", "TVS Motor", "Royal Enfield", "Ather",
          "Apollo Hospitals", "Aster DM Healthcare", "Aravind Eye Hospital", "BYJU'S", "Sun NXT", "aha",
          "Manorama MAX", "Lyca Productions", "Hombale Films", "CGH Earth", "ITC Grand Chola", "Kumarakom Lake Resort",
          "Lulu Hypermarket", "Nilgiris", "Sri Krishna Sweets", "Adyar Ananda Bhavan (A2B)", "Vasanth & Co",
          "Ramraj Cotton", "Kerala Ayurveda", "Hatsun"]  # fmt: skip

_CITIES = ["Chennai", "Coimbatore", "Madurai", "Kochi", "Thiruvananthapuram", "Kozhikode", "Bengaluru", "Mysuru",
           "Hyderabad", "Visakhapatnam", "Thrissur", "Tiruppur", "Salem", "Vijayawada", "Mangaluru"]  # fmt: skip
_FESTIVALS = ["Pongal", "Onam", "Vishu", "Ugadi", "Diwali", "Deepavali", "Christmas", "Ramadan", "Akshaya Tritiya",
              "Sankranti", "Navaratri", "Dasara", "Karthigai Deepam", "Bakrid"]  # fmt: skip
_FILMS = ["Jailer (2023)", "Baahubali 2: The Conclusion (2017)", "Manjummel Boys (2024)", "KGF: Chapter 2 (2022)",
          "Vikram (2022)", "RRR (2022)", "Drishyam (2013)", "Premalu (2024)", "Pushpa: The Rise (2021)",
          "Kantara (2022)", "Ponniyin Selvan: I (2022)", "2018 (2023)", "Aavesham (2024)", "Leo (2023)"]  # fmt: skip
_PEOPLE = ["Rajinikanth (b. 1950)", "M. S. Subbulakshmi (1916–2004)", "A. R. Rahman (b. 1967)",
           "Mohanlal (b. 1960)", "Mammootty (b. 1951)", "Chiranjeevi (b. 1955)", "Dr. Rajkumar (1929–2006)",
           "Sridhar Vembu (b. 1968)", "Verghese Kurien (1921–2012)", "C. K. Ranganathan (b. 1962)",
           "M. G. Ramachandran (1917–1987)", "Sachin Tendulkar (b. 1973)"]  # fmt: skip
_MODELS = ["TVS Apache RTR 160 4V", "TVS Jupiter 125", "Royal Enfield Classic 350", "Royal Enfield Hunter 350",
           "Ather 450X", "Ather Rizta", "TVS iQube S", "Bajaj Pulsar N160"]  # fmt: skip
_SCHEMES = ["Kudumbashree (1998)", "Amma Unavagam (2013)", "Rythu Bandhu (2018)", "KSFE Pravasi Chitty (2018)",
            "the Kalaignar Magalir Urimai Thogai scheme (2023)", "Karunya Arogya Suraksha (2012)",
            "Digital India (2015)", "Startup India (2016)"]  # fmt: skip
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """The fill values only this pool's frames use, drawn after the common ones."""
    y = rng.randint(2016, 2025)
    return {
        "city": rng.choice(_CITIES), "fest": rng.choice(_FESTIVALS), "film": rng.choice(_FILMS),
        "who": rng.choice(_PEOPLE), "model": rng.choice(_MODELS), "scheme": rng.choice(_SCHEMES),
        "FY": f"{y - 1}-{str(y)[2:]}", "Y3": str(y), "mo": rng.choice(_MONTHS), "pc": str(rng.randint(3, 78)),
        "cr": str(rng.randint(2, 950)), "lk": str(rng.randint(2, 99)), "gon": str(rng.randint(3, 480)),
        "act": str(rng.randint(2, 48)), "pin": f"6{rng.randint(0, 9)}{rng.randint(0, 9)} 0{rng.randint(10, 99)}",
        "rate": f"{rng.randint(52, 78)}{rng.randint(0, 9)}{rng.randint(0, 9)}",
    }  # fmt: skip


NARRATIVE_START = [
    "{N} argued that {C}.", "{N} found that {C}, although the sample was drawn only from {city}.",
    "{N} concluded that {C}; this is highly relevant for {B}.", "{N} has rightly pointed out that {C}.",
    "{N} opined that {C}.", "{N} observed that {C}, especially during {fest}.",
    "{N} reported that {C} in Tier-2 cities like {city}.", "{N} explains that {C}.",
    "{N} studied {n} respondents in {city} and found that {C}.", "{N} are of the view that {C}.",
    "{N} highlighted that {C}, which {B} cannot ignore.", "{N} emphasised that {C}.",
    "{N} questioned whether {C}.", "{N} noted that, since demonetisation, {C}.",
    "{N} stated that {C} among NRI customers in the Gulf.", "{N} proved that {C} with a structural equation model.",
    "{N} recommends that brands like {B} check whether {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "In the Indian context, {N} found that {C}.", "{O}, {N} argued that {C}.", "As per {N}, {C}.",
    "This is in line with {N}, who found that {C}.", "{C}, which supports the findings of {N}.",
    "{C}, as rightly pointed out by {N}.", "According to {N}, {C}.", "A study conducted by {N} in {city} revealed that {C}.",
    "{B} is a classic example: {N} showed that {C}.", "Research by {N} suggests that {C}.",
    "{C}; however, {N} found the opposite among {A}.", "Similar findings were reported by {N} for {fest} sales, where {C}.",
    "Drawing on {N}, it can be argued that {C}.", "The survey done by {N} shows that {C}.",
    "{C} – a point also made by {N}.", "When {B} launched its {fest} campaign, it seemed to follow {N}: {C}.",
    "Unlike the metro markets studied by {N}, {city} shows that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study clearly shows that {C}.", "Using {N} framework, it is evident that {C}.",
    "{O}, {N} report concluded that {C}.", "{B} can apply {N} model, since {C}.", "According to {N} survey, {C}.",
    "{N} findings are relevant here because {C}.", "This reflects {N} argument that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "Studies show that {C} {P}.", "In South India, {C} {P}.",
    "For {A}, {C} {P}.", "This is important because {C} {P}.", "{C}, especially in {city} {P}.",
    "It is often claimed that {C} {P:see}.", "Several Indian studies report that {C} {P:e.g.}.",
    "{C}, particularly during {fest} {P}.", "{B}’s experience suggests {C} {P}.", "In short, {C} {P}.",
    "{C}, which is why {B} invests in {T} {P}.", "Gold is seen as both jewellery and savings by Indian households {P}.",
    "Chit funds remain popular with small traders because they combine saving and borrowing {P}.",
    "{C} {P:see also}.", "The OTT market in India is now driven by regional-language content {P}.",
    "{C}. {P}", "Regional cinema now earns more from digital rights than from theatres {P:cf.}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, but {C2}.", "{C} {P}; {C2}.", "While {C} {P}, {C2}.",
    "Although {C} {P}, it is equally true that {C2}.", "{B} has found that {C} {P} – and {C2}.",
    "{C} {P:see}, whereas {C2}.", "Because {C} {P}, {B} should ensure that {C2}.",
    "Some authors {P:e.g.} argue that {C}.", "Earlier studies {P} agree that {C}.", "{O}, {C} {P}, so {C2}.",
]  # fmt: skip
CLAIMS = [
    "{A} trust brands that advertise in their mother tongue", "gold loans are seen as less shameful than personal loans",
    "{T} improved {R} by around {pc}% during {fest}", "{B}'s reliance on {T} leaves it exposed if costs rise",
    "festival offers drive a large share of annual sales for jewellers", "NRI customers expect WhatsApp service in Malayalam",
    "regional-language OTT platforms retain subscribers through film premieres",
    "{A} in Tier-2 towns respond better to local celebrities than to national ones",
    "UPI has changed how {A} pay even at small kirana shops", "brands that ignore {T} risk losing {A} to competitors",
    "word of mouth within the family still decides wedding purchases", "the customer journey is no longer linear",
    "hallmarking has increased trust in branded jewellery", "{A} compare gold rates online before visiting a showroom",
    "SaaS firms from Chennai market themselves globally rather than locally",
    "film promotions now begin on Instagram months before the release", "{T} only drives {R} when the offer is relevant",
    "two-wheeler buyers in rural areas depend on dealer credit", "a clear brand purpose helps firms like {B} to {bs}",
    "hospital brands compete on trust more than on price", "edtech firms over-promised during the pandemic",
]  # fmt: skip
OPENERS = [
    "Furthermore", "In addition", "On the other hand", "For example", "In the Indian context", "For {B}",
    "Post-COVID", "In the case of {B}", "From the customer's point of view", "Nevertheless", "Hence",
    "In South India", "As a result", "Looking at {B}'s competitors", "Overall", "In {city}", "During {fest}",
]  # fmt: skip
PLAIN = [
    "{B} was started in {city} as a family business and now has more than {n} outlets.",
    "This report analyses {B}'s digital marketing and gives recommendations for {FY}.",
    "The table below summarises the key KPIs for each channel.",
    "{B}'s Instagram page has over {n}k followers, but engagement is low outside {fest}.",
    "The recommendations are costed in rupees and phased over twelve months.", "{O}, {C}.",
    "{B} uses Google Ads, Meta and YouTube, with a large share of budget going to regional influencers.",
    "Customers can buy in the showroom, on the website or through WhatsApp, and delivery is free above ₹999.",
    "A SWOT analysis of {B} is given in the appendix.", "The main competitors are {B} and two local players.",
    "Task 2 builds on this by proposing a content calendar for the next financial year.",
    "Most of {B}'s customers are salaried families and small traders.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one Indian marketing text puts it, {Q} {P}.", "This is well summarised: {Q} {P}.",
    "{N} put it simply: {Q}.", "{B} seems to accept that {Q} {P}.", "The point is made directly that {Q} {P}.",
    "In the words of {N}, {Q}.", "One study concluded that {Q} {P}.",
]  # fmt: skip
SCARE_QUOTES = ["‘vocal for local’", "‘paisa vasool’", "‘jugaad’", "‘pan-India’", "‘mass’", "'value for money'",
                "“family audience”", "‘first-day-first-show’", "'NRI money'", "‘God’s Own Country’",
                "‘hyperlocal’", "‘Bharat’", "‘shrinkflation’", "“sentiment”"]  # fmt: skip
SCARE_FRAMES = [
    "{B} has been accused of {Q} marketing {P}.", "Many {A} are tired of so-called {Q} offers {P}.",
    "The industry calls this {Q} content {P}.", "This trend, often called {Q}, affects {A} most {P}.",
    "The term {Q} is used loosely in the trade press {P}.", "Critics describe such films as {Q}, and {B} is not immune {P}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Onam offers: zero making charges on gold’", "‘Your chitty instalment is due tomorrow’",
                 "“Pongal O Pongal! Extra 10% off silk sarees”", "‘Gold rate today: lock your price now’",
                 "‘Hi Priya, your pre-approved gold loan is ready’", "‘Akshaya Tritiya bookings open’",
                 "“Diwali dhamaka: EMI from ₹999”", "‘Book the first-day-first-show before it sells out’",
                 "‘Vishu kaineettam: a gift from us’"]  # fmt: skip
SUBJECT_FRAMES = [
    "A subject line such as {Q} can lift open rates {P}.", "{B} used {Q} in its abandoned-cart email {P}.",
    "Short, urgent copy ({Q}, for example) works well with {A} {P}.", "Messages like {Q} create urgency {P}.",
    "The SMS {Q} was opened by more {A} than any other {P}.",
]  # fmt: skip

NOT_CITATIONS = {
    "government-order": [
        "The exemption was granted under G.O. (Ms) No. {gon}, dated {d}.0{q}.{Y}.",
        "Kerala notified the cess through G.O.(P) No. {gon}/{Y}/Fin last year.",
        "Telangana's incentives are set out in G.O.Ms.No. {gon} (Industries and Commerce, {Y}).",
    ],
    "act-number": [
        "Misleading advertisements are covered by the Consumer Protection Act, 2019 (Act No. 35 of 2019).",
        "Personal data must be handled under the Digital Personal Data Protection Act, 2023 (Act No. 22 of 2023).",
        "Chit firms are registered under the Chit Funds Act, 1982 (Act No. 40 of 1982).",
    ],
    "state-act": [
        "Depositors are protected by the Tamil Nadu Act 44 of 1997 (TNPID Act).",
        "Moneylenders in Kerala must be licensed under the Kerala Money Lenders Act, 1958.",
        "The Andhra Pradesh Micro Finance Institutions (Regulation of Money Lending) Ordinance, 2010 hit lenders hard.",
    ],
    "rbi-circular": [
        "The RBI circular (RBI/{FY}/{n}) capped the loan-to-value ratio at 75%.",
        "Banks had to comply with DOR.CRE.REC.{n}/21.04.048/{FY} by {d} {mo} {Y3}.",
        "The Master Direction (updated {d} {mo} {Y3}) applies to all NBFCs in the upper layer.",
    ],
    "sebi-regulation": [
        "{B} discloses its results under the SEBI (LODR) Regulations, 2015.",
        "Finfluencers are now restricted by SEBI's circular of {mo} {Y3}.",
    ],
    "fssai-licence": [
        "Every pack carries the FSSAI licence number (Lic. No. 1001{n}000{q}{q}).",
        "{B}'s masala range was re-labelled after the FSSAI order ({mo} {Y3}).",
    ],
    "registration-code": [
        "The company is registered in Chennai (CIN U74999TN{Y}PTC0{n}{q}).",
        "Invoices show the GSTIN (33AAACT{n}{q}Q1Z{q}) and the HSN code 7113.",
        "The LLP was incorporated in {Y} (LLPIN AAB-{n}{q}).",
    ],
    "rupees-lakh-crore": [
        "{B}'s turnover rose to ₹{cr} crore ({FY}).", "The campaign cost Rs. {lk} lakh (about {q}% of the annual budget).",
        "Gold loan AUM crossed INR {cr} crore (March {Y3}).", "Average ticket size is small (about Rs. {n}00 per loan).",
    ],
    "financial-year": [
        "Digital sales grew by {pc}% (FY {FY}).", "Profits were flat (Q{q} FY{Y3}).",
        "Marketing spend was cut in the last budget ({FY}).", "Store footfall recovered ({FY} over {Y}-{q}0).",
    ],
    "festival-date": [
        "Sales peak during Pongal (14–17 January) and again at Deepavali.", "The Onam sale (Atham to Thiruvonam, {Y3}) ran for ten days.",
        "{B} ran a Vishu offer (14 April {Y3}) for the first time.", "Ugadi ({mo} {Y3}) is the biggest day for two-wheeler bookings in Hyderabad.",
        "Jewellers open early on Akshaya Tritiya ({Y3}) for muhurat purchases.",
    ],
    "regional-calendar": [
        "Kerala's new year falls on Chingam 1 (Kollam Era 1199).", "Weddings are avoided in Aadi (mid-July to mid-August).",
        "Purchases are timed by the Tamil month of Thai (Thai 1, {Y3}).", "The brand's calendar follows the Saka era (Saka 1946).",
    ],
    "islamic-calendar": [
        "Footfall in the Dubai stores doubles in Ramadan (1445 AH).", "{B} ran late-night shopping during Ramadan ({mo} {Y3}) in Kozhikode.",
    ],
    "film-title-year": [
        "The success of {film} changed how producers spend on promotion.", "{B} tied up with the makers of {film} for in-film branding.",
        "Fans compared the teaser to {film} within hours.",
    ],
    "box-office": [
        "The film collected ₹{cr} crore worldwide (first week, {Y3}).", "Opening-day collections were strong (Rs. {cr} crore gross).",
        "Overseas earnings were led by the Gulf (US$ {q}.{q} million, {Y3}).",
    ],
    "ott-release": [
        "The film began streaming on aha ({d} {mo} {Y3}).", "Sun NXT premiered the series (Season {q}, {Y3}).",
        "The OTT release (28 days after theatres) cut repeat audiences.",
    ],
    "tv-serial": [
        "Advertisers paid a premium for slots in the Sun TV prime-time serial (2022–24).",
        "The Malayalam reality show (Season {q}, {Y}) drew record viewership.",
    ],
    "song": [
        "The song ‘Rowdy Baby’ (Maari 2, 2018) crossed a billion views.", "‘Naatu Naatu’ (RRR, 2022) won the Oscar for Best Original Song.",
        "The jingle ‘Kalyanam, kalyanam’ ({Y}) is still remembered in Madurai.",
    ],
    "person-dates": [
        "Posters of {who} still appear at film-first-day screenings.", "The brand's founder admired {who}.",
        "{B} signed a tribute ad featuring {who}.",
    ],
    "people-not-authors": [
        "The store manager (Mr. Senthil, 46) said that footfall doubles at Pongal.",
        "One customer (Mrs. Lakshmi, homemaker, Thrissur) said she trusts the branch staff more than the app.",
        "The brand head (Ms. Divya Nair, Kochi) approved the Onam budget in June.",
    ],
    "award": [
        "The campaign won a Gold at the Abby Awards (Goafest {Y3}).", "{B} received the Effie India award ({Y3}).",
        "The film swept the Filmfare Awards South ({Y3}).", "{B}'s hospital won NABH accreditation ({Y}).",
    ],
    "founding-year": [
        "Nalli (founded 1928) is still run by the family.", "{B} (est. {Y}) opened its first showroom in {city}.",
        "Kerala State Financial Enterprises (KSFE, est. 1969) is owned by the state government.",
    ],
    "organisation-with-year": [
        "The cooperative (Aavin, 1981) buys milk from village societies.", "{scheme} reached women in every panchayat.",
        "The startup body (Kerala Startup Mission, 2006) funds incubators.",
    ],
    "product-model": [
        "The {model} ({Y3} model) was launched with a Pongal offer.", "Dealers pushed the {model} (BS-VI OBD-2 version) to first-time buyers.",
        "The ad featured a {model} (on-road price ₹{n},{q}00).",
    ],
    "pack-size-mrp": [
        "The 200 g pack (MRP ₹{n}) sells best in rural kirana shops.", "{B} launched a sachet (Rs. 5, 10 g).",
        "The 1 kg jar of filter coffee powder (80:20 chicory blend) is the top seller.",
    ],
    "gold-rate": [
        "The gold rate touched a record (₹{rate} per gram, 22 carat) in {mo} {Y3}.",
        "Jewellery is sold in 22-carat (916) and 18-carat (750) purity.", "Every piece carries a six-digit HUID (BIS, {Y3}).",
    ],
    "stock-code": [
        "{B}'s shares are listed on both exchanges (NSE: MUTHOOTFIN; BSE: 533398).",
        "The IPO was priced at ₹{n} per share ({mo} {Y3}).", "The stock entered the Nifty Next 50 ({Y3}).",
    ],
    "upi-ussd": [
        "Customers pay through UPI (name@okaxis) or by dialling *99#.", "The toll-free number (1800 425 {n}{q}) works in Tamil and Malayalam.",
        "Missed-call marketing (call 080-{n}{q}{q}{q}{q}) still works in rural Karnataka.",
    ],
    "address-pin": [
        "The flagship showroom is on T. Nagar, Chennai ({pin}).", "The Kochi branch (MG Road, Ernakulam) opened last year.",
        "The head office is in Thrissur (Kerala {pin}).",
    ],
    "handle-hashtag": [
        "{B} answers complaints on X (@{city}Care) within two hours.", "The hashtag #OnamWithUs trended for a day.",
        "Reels are posted from the brand account (@{city}Jewels) daily during {fest}.",
    ],
    "website-domain": [
        "Most leads come through the website (www.keralatourism.org).", "Customers check rates on the app (Android v{q}.{q}.{n}).",
    ],
    "disaster-event": [
        "Sales collapsed after the Kerala floods (August 2018).", "Cyclone Michaung (December 2023) shut Chennai stores for a week.",
        "The Chennai floods (2015) changed how insurers marketed cover.",
    ],
    "sport-event": [
        "{B} sponsored the Chennai Super Kings (IPL {Y3}).", "The Kerala Blasters (ISL {Y3}) have a huge fan base in the Gulf.",
        "Ads around the World Cup final ({Y3}) cost more than a crore for ten seconds.",
    ],
    "cultural-event": [
        "The brand sponsored the Kochi-Muziris Biennale ({Y3}).", "Stalls at the Chennai Book Fair (January {Y3}) sold out.",
        "The December Margazhi season (Music Academy, {Y3}) attracts NRI visitors.",
    ],
    "census-survey": [
        "Kerala has the highest literacy rate in India (Census 2011).", "Household spending data (NSS 68th round) are now dated.",
        "The sample was drawn from three districts (n = {n}; Likert scale 1–5).",
    ],
    "degree-cohort": [
        "The author is an MBA candidate (Anna University, {FY} batch).", "Interviews were held with B.Com. (Hons.) students (2nd year).",
        "The respondents were alumni (IIM Kozhikode, PGP {Y}).",
    ],
    "ranking": [
        "The college improved its position (NIRF {Y3}: rank {n}).", "{B} was listed among the top brands (Brand Trust Report {Y3}).",
    ],
    "certification": [
        "The factory is certified (ISO 22000:2018).", "The resort earned a Green Leaf rating ({Y3}) from Kerala Tourism.",
        "The spices carry the Spices Board quality mark (AGMARK).",
    ],
    "quarter-results": [
        "Net profit rose {pc}% year on year (Q{q}, {FY}).", "The board approved the results (H1 {FY}).",
    ],
    "currency-conversion": [
        "The Dubai price was lower (AED {n}, about ₹{lk},000).", "Singapore customers paid more (SGD {n} per month).",
        "Remittances to Kerala were large (US$ {q}.{q} billion, {Y3}).",
    ],
    "nri-accounts": [
        "Gulf customers prefer deposits in NRE and NRO accounts (FEMA, 1999).", "The bank's FCNR(B) rates were revised ({mo} {Y3}).",
    ],
    "distance-area": [
        "The resort sits on 12 acres (about 55 km from Kochi).", "The new store covers 40,000 sq. ft. (four floors).",
    ],
    "time-hours": [
        "Showrooms stay open late in the festival week (9 a.m.–10 p.m.).", "The live session (7 p.m. IST) drew {n} viewers.",
    ],
    "figure-table": [
        "The results are shown in the chart (Figure {q}.{q}).", "The budget is set out in the appendix (Appendix {q}).",
        "Regional reach differs by state (Table {q}; see page {q}).",
    ],
    "task-cross-reference": [
        "This is discussed further in Task 2 (b).", "The persona (Appendix 1) is based on five interviews in {city}.",
    ],
    "political-event": [
        "Free-bus travel for women (announced {Y3}) changed shopping trips in Tamil Nadu.",
        "Demonetisation (8 November 2016) pushed small traders onto UPI.", "GST (1 July 2017) replaced the state VAT.",
    ],
    "ticker-rating": [
        "The NBFC's rating was upgraded (CRISIL AA+/Stable, {Y3}).", "The chit company holds an ICRA rating (ICRA A-, {mo} {Y3}).",
    ],
    "temple-place": [
        "Devotees to Sabarimala (Mandala season, November–January) are a key segment.", "Silk buyers travel to Kanchipuram (about 75 km from Chennai).",
        "Hotels near Guruvayur (Thrissur district) fill up in the wedding season.",
    ],
    "scheme-year": [
        "Small borrowers benefit from the PM SVANidhi scheme (2020).", "{scheme} is often mentioned in the brand's CSR report.",
    ],
    "version-edition-product": [
        "The app was relaunched as version 2.0 ({mo} {Y3}).", "Zoho CRM (Enterprise edition, {Y3}) is used by the sales team.",
    ],
}  # fmt: skip
