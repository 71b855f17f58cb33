"""Prose for the seventy-eighth held-out pool, "blind78": frames, claims, brands and decoys.

HELD OUT: never tune the checker on this pool; report its tables, never its misses. Written by a seventy-eighth
hand, without reading the checker, its tests or the other pools' frames, decoys and works, from how brand, trade,
CRM, digital, employer-branding and communications marketers at retailers and drugstore chains, banks and insurers,
telecoms, FMCG and dairy firms, pharma, spa and hotel groups, car-parts suppliers and agencies in Budapest,
Debrecen, Szeged, Győr, Pécs, Bratislava, Košice and Žilina write CIM Level 6 and 7 reports and MBA assignments in
English: forint and euro figures with spaces and decimal commas, Hungarian and Slovak laws, regulators' decision
numbers, KSH and ŠÚ SR tables, company forms (Nyrt., Zrt., Kft., a.s., s. r. o.), campaign calendars around
Christmas, Easter, 20 August, Márton-nap, Black Friday, back-to-school and the Balaton summer, SKUs, tariffs, store
formats, hashtags, promo codes and Hungarian or Slovak words glossed in brackets.
"""

# ruff: noqa: E501  (frames read best one to a line)
from __future__ import annotations

import random

NARRATIVE_START = [
    "{N} found that {C}.",
    "{N} argues that {C}, which matches what our {CITY} stores report.",
    "{N} shows that {C}; for {B} this is more than theory.",
    "{N} makes a similar point: {C}.",
    "{N} observed, in a study of Hungarian and Slovak shoppers, that {C}.",
    "{N} notes that {C}, although the sample was small.",
    "{N} is often quoted on our course for the view that {C}.",
    "{N} went further and concluded that {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "As {N} explains, {C}.",
    "In the Hungarian market, {N} reported that {C}.",
    "For the Slovak side of the business, {N} is clear that {C}.",
    "This is why {N} recommends that managers accept that {C}.",
    "Looking at the {Y} data, {N} concluded that {C}.",
    "Our agency in {CITY} relies on the argument of {N} that {C}.",
    "Similarly, {N} suggests that {C}.",
    "Following {N}, the team accepts that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study suggests that {C}.",
    "{N} framework is useful here because {C}.",
    "Using {N} model, the brand team in {CITY} concluded that {C}.",
    "{N} survey of {n} respondents showed that {C}.",
    "According to {N} findings, {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.",
    "{O}, {C} {P}.",
    "For {B}, {C} {P}.",
    "In Hungary and Slovakia alike, {C} {P}.",
    "Research on Central European consumers confirms that {C} {P}.",
    "{C}, especially outside Budapest {P}.",
    "Since {Y}, {C} {P}.",
    "It is widely accepted that {C} {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {B} is no exception.",
    "{O}, {C} {P}, so the plan for {CITY} reflects this.",
    "Studies agree that {C} {P}, yet few retailers act on it.",
    "{C} {P}; the {SEASON} campaign was built around this.",
    "Because {C} {P}, the budget of {HUF} was moved to digital.",
    "{C} {P}, which the CRM team has seen in its own data.",
]  # fmt: skip
CLAIMS = [
    "price promotions train shoppers to wait for the next leaflet",
    "loyalty cards matter less than convenient store locations",
    "younger customers switch mobile operators when a friend recommends it",
    "trust in banks recovers slowly after a data breach",
    "private-label ranges in drugstores now compete on quality, not only on price",
    "Slovak consumers are more loyal to domestic food brands than Hungarian ones",
    "spa guests choose on reviews more than on star ratings",
    "influencer posts work only when the disclosure is clear",
    "employer branding affects how customers see a retailer",
    "country-of-origin labels raise willingness to pay for dairy products",
    "mobile banking apps have replaced branch visits for most customers under forty",
    "seasonal campaigns lose impact when they start too early",
    "pharmacy customers value advice from staff above discounts",
    "small towns respond better to local radio than to paid social",
    "heritage brands need modern packaging to reach Generation Z",
    "CRM data is wasted if store teams cannot act on it",
    "bundled telecom offers reduce churn but also reduce margin",
    "domestic tourists spend more when a stay is sold as an experience",
    "customers in Central Europe are sceptical of green claims",
    "the shift from cash to card changed how shoppers think about small purchases",
    "B2B buyers in the car-parts trade rely on personal relationships",
    "a clear purpose helps a brand recruit graduates",
]  # fmt: skip
OPENERS = [
    "In practice", "For a retailer like {B}", "In the Hungarian context", "At the Bratislava office", "Put simply",
    "Across the CEE region", "Before the {SEASON} campaign", "From a CRM point of view", "In the last few years",
    "Outside the capital",
]  # fmt: skip
PLAIN = [
    "The rest of this section looks at the Slovak market.",
    "The marketing team in {CITY} has eleven people.",
    "This matters for the next planning cycle.",
    "Three options are compared below.",
    "The budget is set in forints and converted to euros for group reporting.",
    "Store managers were interviewed in the first week of the project.",
    "The findings are summarised in the table at the end of the task.",
    "This is the main risk for {B}.",
    "The recommendation follows in Task 2.",
    "Customer feedback was collected through the app and at the tills.",
    "The agency has worked with the brand for six years.",
    "The section closes with the KPIs the board will see.",
]  # fmt: skip
QUOTE_FRAMES = [
    "One author puts it directly: {Q} {P}.",
    "{N} writes that {Q}.",
    "The point is made clearly: {Q} {P}.",
    "As {N} put it, {Q}.",
    "{Q} {P}, and the team in {CITY} would agree.",
    "It has been said that {Q} {P}.",
]  # fmt: skip
SCARE_QUOTES = [
    "premium", "local hero", "value for money", "Hungarian quality", "always on", "phygital", "family brand",
    "digital first", "zero waste", "wellbeing", "smart shopper", "tradition", "best employer", "seamless",
]  # fmt: skip
SCARE_FRAMES = [
    "The brand calls itself {Q}, a claim that needs evidence {P}.",
    "Many shoppers are sceptical of the word {Q} {P}.",
    "{N} questions whether {Q} still means anything to customers.",
    "Being {Q} is not enough on its own {P}.",
    "Competitors also promise {Q}, which weakens the message {P}.",
]  # fmt: skip
SUBJECT_LINES = [
    "Your Black Friday deal is waiting", "Only 3 days left: -30% on everything", "Boldog karácsonyt! A gift for you",
    "Your new SZÉP card benefits", "Last chance for Balaton summer prices", "Welcome to the club, {FIRST}",
    "Back to school: save on every second item", "Veselé Vianoce from all of us", "Your statement is ready",
    "We miss you. Here's 15% off", "New: eSIM in the app", "Easter offers for the whole family",
]  # fmt: skip
SUBJECT_FRAMES = [
    "A subject line such as {Q} gets opened more often {P}.",
    "The test compared {Q} with a plain version {P}.",
    "Messages like {Q} work best on Thursday evenings {P}.",
    "{N} found that urgency lines like {Q} raise opens but also unsubscribes.",
    "The winning email, {Q}, used a personal tone {P}.",
]  # fmt: skip

BRANDS = [
    "OTP Bank", "MOL", "Magyar Telekom", "Richter Gedeon", "Tesco", "SPAR", "Rossmann", "dm", "Szerencsejáték",
    "Pick", "Zwack Unicum", "Slovak Telekom", "Tatra banka", "Slovenská sporiteľňa", "Kofola", "Alza", "Yettel",
    "4iG", "Sió", "Túró Rudi", "Milli", "Rajo", "Tami", "Hunguest Hotels", "Danubius Hotels", "Lidl", "Penny",
    "K&H Bank", "Erste Bank", "UNIQA", "Generali", "Orange Slovensko", "Dr. Max", "BENU", "Hell Energy",
    "Borsodi", "Zlatý Bažant", "Figaro", "Bonduelle", "Auchan", "eMAG", "Kaufland", "Jednota COOP",
]  # fmt: skip

_CITIES = [
    "Budapest",
    "Debrecen",
    "Szeged",
    "Győr",
    "Pécs",
    "Miskolc",
    "Bratislava",
    "Košice",
    "Žilina",
    "Nitra",
    "Kecskemét",
]
_SEASONS = [
    "Christmas",
    "Easter",
    "back-to-school",
    "Black Friday",
    "Balaton summer",
    "Márton-nap",
    "St Stephen's Day",
    "Valentine's Day",
]
_FIRST = ["Anna", "Zsófi", "Péter", "Katka", "Martin", "Bence", "Lucia", "Dóra"]
_PRODUCTS = [
    "Túró Rudi",
    "Unicum Szilva",
    "Kofola Citrus",
    "téliszalámi",
    "Pick Szeged sausage",
    "Milli yoghurt",
    "Rajo kefir",
    "Sió juice",
]


def _huf(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.4:
        return f"{rng.randint(1, 99)} {rng.randint(0, 999):03d} {rng.randint(0, 9)}00 Ft"
    if roll < 0.7:
        return f"{rng.randint(1, 9)},{rng.randint(1, 9)} milliárd forint"
    return f"HUF {rng.randint(2, 950)} million"


def values(rng: random.Random) -> dict[str, str]:
    """Fill values only this pool's frames use (placeholders beside the builder's {B}, {Y}, {n}...)."""
    year = rng.randint(2015, 2024)
    return {
        "CITY": rng.choice(_CITIES), "SEASON": rng.choice(_SEASONS), "FIRST": rng.choice(_FIRST),
        "HUF": _huf(rng), "EUR": f"{rng.randint(1, 999)} {rng.randint(0, 999):03d} €" if rng.random() < 0.5 else f"€{rng.randint(2, 90)},{rng.randint(0, 9)} million",
        "PCT": f"{rng.randint(1, 68)},{rng.randint(0, 9)}%", "PROD": rng.choice(_PRODUCTS),
        "YR": str(year), "YR2": str(year + 1), "NUM": str(rng.randint(100, 9999)), "SMALL": str(rng.randint(2, 12)),
        "CODE": rng.choice(["NYAR", "BALATON", "SULI", "BLACK", "XMAS", "VIANOCE", "TAVASZ", "MARTON"]) + str(rng.randint(10, 30)),
        "SKU": f"{rng.randint(100000, 999999)}", "MONTH": rng.choice(["January", "March", "May", "June", "August", "September", "November", "December"]),
        "DAY": str(rng.randint(1, 28)), "PHONE": f"+36 {rng.choice(['1', '20', '30', '70'])} {rng.randint(100, 999)} {rng.randint(1000, 9999)}",
    }  # fmt: skip


NOT_CITATIONS: dict[str, list[str]] = {
    "b78-forint-figure": [
        "Annual sales in the {CITY} region reached {HUF} in {YR}, up {PCT} on the year before.",
        "The Christmas media budget was {HUF} (around {EUR}), split between TV, OOH and Meta.",
        "Average basket value rose from 8 450 Ft to 9 120 Ft (+7,9%) after the app launch.",
    ],
    "b78-euro-figure": [
        "The Slovak rollout cost {EUR} (excluding VAT) and was approved in {MONTH} {YR}.",
        "Prices on the Bratislava web shop start at 2,49 € (incl. 23% DPH).",
    ],
    "b78-hungarian-law": [
        "Every newsletter form was rewritten to comply with Act CXII of 2011 (the Info Act) before relaunch.",
        "Under Act XLVIII of 2008 on commercial advertising, direct marketing e-mails need prior consent (Section 6).",
        "Complaints are handled in line with Act CLV of 1997 on consumer protection, section 17/A.",
    ],
    "b78-slovak-law": [
        "In Slovakia, Act No. 18/2018 Coll. on personal data protection applies alongside the GDPR.",
        "The returns policy follows Act No. 250/2007 Coll. (consumer protection) and Act No. 108/2024 Coll.",
    ],
    "b78-eu-regulation": [
        "Consent banners were redesigned under Regulation (EU) 2016/679 (GDPR), Article 7.",
        "The Digital Services Act (Regulation (EU) 2022/2065) changed how the marketplace labels sponsored listings.",
        "Directive (EU) 2019/2161 (the Omnibus Directive) means the lowest price of the last 30 days must be shown.",
    ],
    "b78-regulator-decision": [
        "The GVH fined the chain in case Vj/{SMALL}/{YR} for misleading discount claims.",
        "NAIH decision NAIH-{NUM}-{SMALL}/{YR} concerned CCTV in a store, not marketing, but the team read it anyway.",
        "The Slovak ÚOOÚ closed its proceedings (No. {NUM}/{YR}) without a fine.",
    ],
    "b78-statistics-table": [
        "KSH table 4.1.{SMALL} (retail sales volume, {YR}) shows a fall in food sales outside Budapest.",
        "ŠÚ SR data (DATAcube, table {NUM}) put tourist nights in the Tatras at a record in {YR}.",
    ],
    "b78-company-form": [
        "The campaign was run by a Kft. on behalf of the Zrt., with the parent Nyrt. signing off the budget.",
        "The Slovak subsidiary is an s. r. o. (limited company), while the bank itself is an a.s. (joint-stock company).",
        "Three Bt. and k.s. partnerships in the supply chain were audited in {YR}.",
    ],
    "b78-campaign-calendar": [
        "Key dates: Easter (Good Friday to Easter Monday), 20 August (St Stephen's Day), Márton-nap (11 November) and Black Friday.",
        "The Balaton summer wave runs from 15 June to 20 August ({SMALL} weeks, 3 media bursts).",
        "Back-to-school (Suli-kezdés) starts in the last week of July in {YR2}.",
    ],
    "b78-promo-code": [
        "Customers who used the code {CODE} at checkout got free delivery in {MONTH}.",
        "The influencer code {CODE} (valid until 31.08.{YR2}) drove {SMALL}% of online sales.",
    ],
    "b78-hashtag": [
        "User-generated posts tagged #{CODE} and #BalatonNyár reached {NUM} accounts.",
        "The TikTok challenge #SuliStart{YR2} was launched with {SMALL} creators from Debrecen and Szeged.",
    ],
    "b78-sku-code": [
        "SKU {SKU} ({PROD}, 6 x 330 ml) was delisted in {YR}.",
        "Product code {SKU}-HU replaced {SKU}-SK on the shared shelf labels.",
    ],
    "b78-tariff-name": [
        "The operator's Max (Unlimited 5G) tariff costs 14 990 Ft a month on a 24-month contract.",
        "The 'Go Flex' plan (from 9,99 € a month) targets students in Bratislava and Košice.",
    ],
    "b78-store-format": [
        "The chain runs Hipermarket, Szupermarket and Expressz formats, plus {SMALL} Extra stores.",
        "In Slovakia, COOP Jednota (Tempo and Terno formats) remains strong in small towns.",
    ],
    "b78-glossed-word": [
        "The Christmas range included bejgli (poppy-seed and walnut rolls) and szaloncukor (Christmas candies).",
        "Staff call the loyalty team the 'kártyások' (card people), a name that stuck.",
        "In Slovak stores the word akcia (special offer) appears on every yellow shelf strip.",
    ],
    "b78-szep-card": [
        "SZÉP card (Széchenyi Recreation Card) spending on hotels rose in {YR}, mostly in the Balaton region.",
        "Guests paying with the SZÉP Card (OTP, MBH and K&H pockets) stay on average {SMALL} nights.",
    ],
    "b78-brand-heritage": [
        "Zwack Unicum (founded 1840) still uses the bottle shape designed for the Habsburg court.",
        "The Pick brand dates back to 1869 in Szeged, and Túró Rudi was launched in 1968.",
    ],
    "b78-course-module": [
        "This report answers Task 1 of the CIM Level 7 module 'Marketing Leadership and Planning' (MLP).",
        "The MBA module (MKT7021, Semester 2, {YR}/{YR2}) asks for a 4 000-word report.",
    ],
    "b78-word-count": [
        "Word count: 3 987 (excluding references and appendices).",
        "(Total words: 4 120, tables not included)",
    ],
    "b78-appendix-pointer": [
        "The full survey questionnaire (Hungarian and English versions) is in Appendix {SMALL}.",
        "See Appendix B (Figure B.2) for the store map of the {CITY} region.",
    ],
    "b78-figure-caption": [
        "Figure {SMALL}: Share of online grocery orders by county, {YR} (source: company CRM data).",
        "Table 3.{SMALL} Churn rate by tariff family, Q{q} {YR} (internal data).",
    ],
    "b78-survey-sample": [
        "The online survey (n = {NUM}, {MONTH} {YR}) was run in Hungarian and Slovak.",
        "Focus groups were held in Győr (N=8) and Žilina (N=9) in {MONTH} {YR2}.",
    ],
    "b78-kpi-target": [
        "KPI: raise NPS from 31 to 40 by Q{q} {YR2} (baseline: {MONTH} {YR}).",
        "Target: 250 000 active app users (MAU) by the end of FY{YR2}.",
    ],
    "b78-quarter-result": [
        "In Q{q} {YR}, net revenue grew by {PCT} year on year (in HUF terms).",
        "H1 {YR2} results (published {DAY} {MONTH}) showed a recovery in card payments.",
    ],
    "b78-exchange-rate": [
        "All figures were converted at 395 HUF/EUR, the average MNB rate for {YR}.",
        "At an exchange rate of around 400 Ft to the euro (EUR/HUF), the Slovak budget looks smaller.",
    ],
    "b78-inflation": [
        "Food inflation in Hungary peaked at over 40% in early 2023 (year on year).",
        "The base rate was held at 6,5% for most of {YR2}.",
    ],
    "b78-media-outlet": [
        "The story ran on Portfolio.hu, Telex and Index on the same morning.",
        "Coverage in SME, Denník N and Hospodárske noviny was neutral to positive.",
        "HVG and Világgazdaság both ran the interview with the CEO in their print editions.",
    ],
    "b78-award": [
        "The campaign won silver at the Effie Awards Hungary {YR} (Retail category).",
        "The bank was named Superbrands {YR} in Slovakia and 'Bank of the Year' by a Budapest jury.",
    ],
    "b78-event": [
        "The brand sponsored Sziget Festival {YR} and the Budapest Wine Festival in September.",
        "The stand at Pohoda {YR2} in Trenčín drew around {NUM} visitors a day.",
    ],
    "b78-hotel-rating": [
        "The spa hotel in Hévíz is rated 4.6/5 on Google and 9,1 on Booking.com (from {NUM} reviews).",
        "The resort was upgraded to four stars (4*superior) in {YR}.",
    ],
    "b78-opening-hours": [
        "Stores in {CITY} open 6:00-22:00 (Sunday 8:00-18:00), except on 24 December.",
        "Under the Sunday trading rules, the drugstores close on public holidays (e.g. 15 March, 23 October).",
    ],
    "b78-phone-address": [
        "The customer line ({PHONE}) is open on weekdays from 8:00 to 20:00.",
        "Head office: Váci út {SMALL}0, 1138 Budapest (Building C, 4th floor).",
        "The Slovak office is at Mlynské nivy {SMALL}, 821 09 Bratislava.",
    ],
    "b78-website-address": [
        "Orders are placed on www.alza.sk or in the app (iOS and Android).",
        "The recruitment microsite (karrier.example.hu) had {NUM} visits in {MONTH}.",
    ],
    "b78-job-title": [
        "Interviews were held with the Head of CRM (Budapest), the Brand Manager (Bratislava) and two Area Managers.",
        "The new CMO (Chief Marketing Officer) joined from an FMCG group in {YR}.",
    ],
    "b78-internal-document": [
        "The Brand Book (version 3.2, {YR}) sets the tone of voice for both countries.",
        "According to the internal Marketing Plan {YR2} (draft, not published), budgets will be cut.",
    ],
    "b78-framework-name": [
        "The analysis uses PESTLE, Porter's Five Forces and the 7Ps, then a TOWS matrix.",
        "The SOSTAC plan below (Situation, Objectives, Strategy, Tactics, Action, Control) covers {YR2}.",
    ],
    "b78-software-tool": [
        "Segments were built in Salesforce Marketing Cloud and exported to Power BI (the {MONTH} {YR} release).",
        "The team moved from Mailchimp to Emarsys (SAP) in {MONTH} {YR}.",
    ],
    "b78-product-spec": [
        "The new SIM-only offer includes 50 GB (5G), unlimited calls and EU roaming.",
        "The {PROD} pack changed from 200 g to 175 g (Figure 2) without a price change.",
    ],
    "b78-pharma-otc": [
        "OTC products (over-the-counter medicines) can be advertised, but prescription drugs (Rx) cannot.",
        "Every ad carries the line 'A kockázatokról olvassa el a betegtájékoztatót' (read the leaflet for risks).",
    ],
    "b78-dates-holiday": [
        "National holidays on 15 March, 20 August and 23 October shape the media plan in Hungary.",
        "In Slovakia, 1 September (Constitution Day) and 17 November are key long weekends.",
    ],
    "b78-section-reference": [
        "As shown in Section 2.{SMALL} above, the Slovak market is more price-sensitive.",
        "(see Task 1(b) and Table 4)",
    ],
    "b78-quoted-slogan": [
        "The {YR} slogan, \"Jó nekünk\" ('Good for us'), was tested in three regions.",
        "The tagline 'Taste of Home' replaced \"Since 1869\" on the packaging.",
    ],
    "b78-loyalty-scheme": [
        "The Clubcard (Tesco) and the dm app (Active Beauty) both offer points on every purchase.",
        "Members of the Rossmann app get a 10% coupon every Friday (Kupon Péntek).",
    ],
    "b78-version-number": [
        "The app (version {SMALL}.4.1, released {MONTH} {YR}) added Apple Pay and Google Pay.",
        "Release 2.{SMALL} of the chatbot handles complaints in Hungarian, Slovak and English.",
    ],
    "b78-tourism-stat": [
        "Guest nights at Lake Balaton reached {NUM} thousand in the {YR} season (June-August).",
        "Hévíz, Bük and Zalakaros (the western spa towns) hosted many Austrian and German guests.",
    ],
}
