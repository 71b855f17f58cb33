"""The prose of the "blind115" pool: frames, claims, brands and decoys. HELD OUT: never tune the checker on it.

A hundred-and-fifteenth independent pool, written without reading the checker, its tests or the other pools, from
how marketers in Iraq and the Kurdistan Region (Baghdad, Basra, Mosul, Najaf, Erbil, Sulaymaniyah, Duhok) and in the
diaspora (Stockholm, Berlin, London, Detroit, Amman) write CIM Level 6 and 7 reports and MBA assignments in English:
at banks, telecoms and mobile-money firms, oil-services and construction groups, bottlers, supermarkets and malls,
airlines, hospitals, universities and agencies. Their English mixes British and American spelling, "the researcher"
and "the author" for themselves, "according to" and "as mentioned by", citations after the brand and before the
full stop, and much that looks like a citation and is not: laws numbered "Law No. 9 of 2023", Central Bank of Iraq
circulars and KRG decrees, dinar and dollar figures, Hijri dates, Ramadan, Eid, Nowruz and Arbaeen, ISX tickers,
poets, singers and football seasons with years, provincial elections, the 2014-2017 war years and the 2020 dinar
devaluation. Placeholders: {N} a narrative citation, {P} a parenthetical one, {C} a claim, {B} a brand, {O} an opener,
{Q} a quotation; the others are filled by values() below.
"""

# ruff: noqa: E501  (frames read best one to a line)
from __future__ import annotations

import random

NARRATIVE_START = [
    "{N} argued that {C}.", "{N} found that {C} in the Iraqi market.", "{N} concluded that {C}.",
    "{N} pointed out that {C}, which is very relevant to {B}.", "{N} mentioned that {C}.",
    "{N} confirmed that {C}, especially among {A}.", "{N} stated that {C}.", "{N} explained that {C} after {EVENT}.",
    "{N} showed that {C}, although their sample in {CITY} was small.", "{N} believe that {C}.",
    "{N} indicated that {C}; this is also what {B} saw during Ramadan.", "{N} revealed that {C}.",
    "{N} studied {A} in {CITY} and found that {C}.", "{N} emphasised that {C}.", "{N} emphasized that {C}.",
    "{N} suggested that {C} and that {C2}.", "{N} warned that {C} unless {B} changes its pricing.",
    "{N} noted that, since the 2020 devaluation, {C}.", "{N} agrees that {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "According to {N}, {C}.", "As mentioned by {N}, {C}.", "{O}, {N} found that {C}.",
    "This is in line with {N}, who found that {C}.", "{C}, which agrees with the findings of {N}.",
    "{C} – a point also made by {N}.", "As {N} explained, {C}.", "In their study of {A} in {CITY}, {N} found that {C}.",
    "{B} is a clear example: {N} showed that {C}.", "A survey conducted by {N} found that {C}.",
    "The researcher agrees with {N} that {C}.", "In the Kurdistan Region, {N} observed that {C}.",
    "{C}; however, {N} found the opposite for {A}.", "Research carried out by {N} suggests that {C}.",
    "Data published by {N} show that {C}.", "{C}, as reported by {N}.", "For {B}, the lesson from {N} is that {C}.",
    "Unlike {B}, which relies on {T}, the firms studied by {N} found that {C}.",
    "When {B} launched its {FESTIVAL} campaign it followed {N}: {C}.",
    "The same pattern was seen in Baghdad and Erbil, where {N} found that {C}.",
    "Even in the diaspora, {N} noticed that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study found that {C}.", "{N} model explains why {C}.", "{O}, {N} findings suggest that {C}.",
    "{N} survey of {A} in {CITY} showed that {C}.", "{N} framework helps to explain why {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "It is well known in Iraq that {C} {P}.", "Many studies agree that {C} {P}.",
    "In {CITY}, {C} {P}.", "{C}, particularly during Ramadan {P}.", "{B} has benefited because {C} {P}.",
    "For {A}, {C} {P}.", "Since {EVENT}, {C} {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, although {C2}.", "{C} {P}; at the same time, {C2}.",
    "{C} {P}; in the south, by contrast, {C2}.", "{C} {P}, but for {B} {C2}.",
]  # fmt: skip
CLAIMS = [
    "{T} raises {R} among {A}", "{A} trust a brand more when it speaks their own dialect",
    "{B} could use {T} to win {A}", "cash on delivery is still the main payment method for {A}",
    "mobile-wallet adoption depends more on trust than on fees", "word of mouth from family and tribe outweighs paid advertising",
    "price is the first thing {A} compare after the dinar devaluation", "{A} follow brands on Instagram more than on Facebook",
    "Ramadan is the peak season for television and social-media advertising", "{T} works best when it is linked to {R}",
    "service quality in private banks drives {R}", "Kurdish-language content performs better than Arabic content in Duhok",
    "{A} prefer imported brands unless local ones prove their quality", "bundles of data and calls increase {R}",
    "sponsoring Arbaeen service stations builds goodwill among {A}", "{B} relies on {T} more than its rivals",
    "salary delays in the Kurdistan Region reduce spending on {M}", "young people in {CITY} discover brands through TikTok",
    "influencers from the diaspora are seen as more credible by {A}", "malls in Erbil compete on experience, not on price",
    "customers switch SIM cards quickly when a rival offers free data", "CSR during displacement improved brand image",
]  # fmt: skip
OPENERS = [
    "However", "In the Iraqi context", "For {B}", "Similarly", "In addition", "Moreover", "In the Kurdistan Region",
    "On the other hand", "After the fall of ISIS", "In practice", "Since 2003", "During Ramadan",
]  # fmt: skip
PLAIN = [
    "{B} sells through its own app, its agents in every governorate and two delivery platforms.",
    "The campaign ran for the thirty days of Ramadan on Instagram, Facebook and local television.",
    "The researcher worked for {B} in {CITY} for four years before starting this course.",
    "Payment is still mostly in cash, in dinars or in dollars.", "{O}, {C}.",
    "Prices in the appendix are shown in IQD and USD.", "The survey was distributed in Arabic, Kurdish and English.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one study puts it, {Q} {P}.", "{N} put it clearly: {Q}.", "{B} should consider that {Q} {P}.",
    "{N} wrote that {Q}, which describes {B} well.", "In the words of the author, {Q} {P}.",
    # Filed among the narrative frames by their writer, where the builder fills no quotation: moved here in stop 35.
    "This was summed up well: {Q} {P}.", "{Q} {P}; the researcher agrees with this for {B}.",
]  # fmt: skip
SCARE_QUOTES = [
    "‘wasta’", "“wasta”", "'wasta'", "‘the Iraqi way’", "“cash is king”", "‘digital Iraq’", "“Kurdistan is open for business”",
    "‘Ramadan effect’", "'the new Iraq'", "“Made in Kurdistan”", "‘tribal word of mouth’", "“Iraqi first”",
]  # fmt: skip
SCARE_FRAMES = [
    "Marketers in Baghdad call this {Q} {P}.", "{B} describes its approach as {Q} {P}.",
    "Many managers still rely on {Q} {P}.", "What {N} call {Q} is seen in every governorate.",
]  # fmt: skip
SUBJECT_LINES = [
    "‘Ramadan Kareem! Double your data for 30 days’", "“Eid Mubarak – 25% off all bundles”", "'Newroz pîroz be: free delivery in Erbil'",
    "‘Your salary has arrived in your wallet’", "“Top up 10,000 IQD and get 5GB free”", "'Your order from {B} is on its way'",
    "‘Ahlan wa sahlan to the new {B} app’", "“Only today: Black Friday prices in dinars”",
]  # fmt: skip
SUBJECT_FRAMES = [
    "An SMS headed {Q} had the highest response rate {P}.", "{B} sent the message {Q} to inactive subscribers {P}.",
    "The push notification {Q} doubled app opens {P}.", "{N} tested the text {Q} on students in Baghdad.",
]  # fmt: skip

BRANDS = [
    "Asiacell", "Zain Iraq", "Korek Telecom", "FastPay", "ZainCash", "AsiaHawala", "Qi Card", "Rafidain Bank",
    "Trade Bank of Iraq", "Bank of Baghdad", "Cihan Bank", "Kurdistan International Bank", "Iraqi Airways",
    "Fly Baghdad", "Family Mall", "Majidi Mall", "Carrefour Iraq", "Pepsi Iraq", "Coca-Cola Iraq", "Kar Group",
    "Newroz Telecom", "Earthlink", "Lezzoo", "Toters", "Miswag", "Al-Mansour Pharmaceuticals", "Babylon Mall",
    "Mass Global", "Lafarge Iraq", "Al Waha", "Cristal water", "Toters Iraq", "Zain Cash",
]  # fmt: skip

_AUDIENCES = ["young Iraqis", "university students in Baghdad", "Kurdish youth", "families in Basra", "women in Erbil",
              "government employees", "displaced families", "diaspora Iraqis in Sweden", "small traders in Mosul",
              "pilgrims in Najaf and Karbala", "Gen Z consumers", "rural customers", "returnees from Germany"]  # fmt: skip
_TOOLS = ["Instagram influencers", "SMS marketing", "TikTok videos", "Ramadan TV drama sponsorship", "loyalty points",
          "mobile-wallet cashback", "Facebook groups", "billboards on Palestine Street", "WhatsApp Business",
          "Telegram channels", "free data bundles", "sales agents in the souq"]  # fmt: skip
_RESULTS = ["brand loyalty", "trust", "purchase intention", "repeat purchase", "word of mouth", "app downloads",
            "customer satisfaction", "switching intention"]  # fmt: skip
_CITIES = ["Baghdad", "Basra", "Mosul", "Najaf", "Karbala", "Erbil", "Sulaymaniyah", "Sulaimani", "Slemani", "Duhok",
           "Dohuk", "Kirkuk", "Hilla", "Nasiriyah", "Ramadi", "Zakho", "Halabja"]  # fmt: skip
_EVENTS = ["the 2014 crisis", "the 2019 protests", "the COVID-19 lockdowns", "the 2020 devaluation", "the 2017 referendum",
           "the liberation of Mosul", "the salary crisis", "the launch of 4G"]  # fmt: skip
_FESTIVALS = ["Ramadan", "Eid al-Fitr", "Eid al-Adha", "Nowruz", "Newroz", "Arbaeen", "Christmas", "Akitu"]
_LAWS = [("Consumer Protection Law No. 1", "2010"), ("Competition and Monopoly Prevention Law No. 14", "2010"),
         ("Electronic Signature and Electronic Transactions Law No. 78", "2012"), ("Banking Law No. 94", "2004"),
         ("Companies Law No. 21", "1997"), ("Investment Law No. 13", "2006"), ("Law No. 9", "2023"),
         ("Budget Law No. 13", "2023"), ("KRG Investment Law No. 4", "2006"), ("Anti-Money Laundering Law No. 39", "2015")]  # fmt: skip
_PEOPLE = [("Nazik al-Malaika", "1923–2007"), ("Badr Shakir al-Sayyab", "1926–1964"), ("Zaha Hadid", "1950–2016"),
           ("Kadim Al Sahir", "b. 1957"), ("Sherko Bekas", "1940–2013"), ("Ali al-Wardi", "1913–1995"),
           ("Mohammed Ghani Hikmat", "1929–2011"), ("Hasan Zirak", "1921–1972"), ("Mulla Mustafa Barzani", "1903–1979"),
           ("Jawad Salim", "1919–1961"), ("Ahmad Radhi", "1964–2020"), ("Shams Al-Din Al-Rafai", "b. 1988")]  # fmt: skip
_HIJRI_MONTHS = ["Muharram", "Safar", "Rabi' al-Awwal", "Jumada al-Akhirah", "Rajab", "Sha'ban", "Ramadan", "Shawwal",
                 "Dhu al-Hijjah"]  # fmt: skip
_TICKERS = ["BBOB", "IBSD", "TASC", "BIIB", "SMOF", "BNOI", "IMAP", "HBAG"]
_MALLS = ["Family Mall", "Majidi Mall", "Royal Mall", "Babylon Mall", "Al-Mansour Mall", "Times Square Mall", "Zayouna Mall",
          "Basra Times Square", "Duhok Mall"]  # fmt: skip
_PRODUCTS = ["Galaxy A15", "iPhone 13", "Hyundai Elantra", "Toyota Land Cruiser LC300", "Kia K5", "MG ZS", "Samsung S24",
             "Redmi Note 13"]  # fmt: skip
_DECREES = ["Decree No. 345", "Council of Ministers Decision No. 23", "CBI Circular No. 9/3/211", "CMC Order No. 65",
            "KRG Decree No. 12", "Ministerial Order No. 4/21"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """Fill values for this pool's frames: Iraqi audiences, tools, cities, laws, dates and money."""
    law, law_year = rng.choice(_LAWS)
    person, dates = rng.choice(_PEOPLE)
    year = rng.randint(2004, 2025)
    return {
        "A": rng.choice(_AUDIENCES), "T": rng.choice(_TOOLS), "R": rng.choice(_RESULTS),
        "M": rng.choice(["mobile data", "soft drinks", "clothes", "eating out", "cosmetics", "air travel", "smartphones"]),
        "CITY": rng.choice(_CITIES), "EVENT": rng.choice(_EVENTS), "FESTIVAL": rng.choice(_FESTIVALS),
        "LAW": law, "LY": law_year, "PERSON": person, "PD": dates, "YR": str(year), "YR2": str(year + rng.randint(1, 3)),
        "HY": str((year - 622) * 33 // 32), "HM": rng.choice(_HIJRI_MONTHS), "TICK": rng.choice(_TICKERS),
        "MALL": rng.choice(_MALLS), "PROD": rng.choice(_PRODUCTS), "DEC": rng.choice(_DECREES),
        "IQD": f"{rng.randint(1, 900) * 1000:,}", "USD": f"{rng.randint(2, 950)}", "PCT": str(rng.randint(3, 87)),
        "KYR": str(year + 700), "NUM": str(rng.randint(120, 1500)), "DAY": str(rng.randint(1, 28)),
    }  # fmt: skip


# Text with brackets, years, numbers or names that is no citation: none of it belongs in the reference list.
NOT_CITATIONS = {
    "law-number-of-year": ["All advertising claims must respect the {LAW} of {LY}.",
                           "{B} had to change its refund policy under the {LAW} of {LY}.",
                           "Consumer rights in Iraq are set out in the {LAW} of {LY}, which many shops ignore."],
    "law-in-brackets": ["Price labels must be shown in dinars ({LAW} of {LY}).",
                        "Comparative advertising is restricted in Iraq (Article 6, {LAW} of {LY})."],
    "decree-number": ["Salaries were moved to bank cards after {DEC} of {YR}.",
                      "The ministry banned the promotion ({DEC}, {YR}) within a week."],
    "cbi-circular": ["The Central Bank's circular of {DAY} March {YR} capped wallet top-ups at {IQD} IQD.",
                     "Under the CBI rules (circular 9/2/{HY}), agents must keep a customer register."],
    "hijri-date": ["The campaign started on 1 {HM} {HY} AH.", "Sales doubled in {HM} {HY} ({HY} AH).",
                   "The offer ended on the last night of {HM} {HY}."],
    "hijri-gregorian-pair": ["Eid al-Fitr fell on {DAY} April {YR} (1 Shawwal {HY}).",
                             "The survey was done in Ramadan {HY} / {YR}."],
    "kurdish-calendar": ["Nowruz {KYR} (the Kurdish year) was the brand's biggest week.",
                         "The Kurdish calendar year {KYR} began on 21 March {YR}."],
    "ramadan-year": ["Advertising spend peaks every Ramadan (Ramadan {YR} was no exception).",
                     "{B} ran its first drama sponsorship in Ramadan {YR}."],
    "arbaeen-visitors": ["More than {NUM} service tents (mawakib) were sponsored during Arbaeen {YR}.",
                         "Arbaeen ({YR}) brought millions of pilgrims to Karbala."],
    "eid-offer": ["The Eid al-Adha offer of {B} ({YR}) gave 10GB free.", "The Eid bundle (Eid {YR}) sold out in Duhok."],
    "iqd-figures": ["A basic bundle costs {IQD} IQD per month.", "Average basket value rose to {IQD} dinars ({YR})."],
    "usd-rate": ["The official rate changed from 1,182 to 1,460 IQD per USD (December 2020).",
                 "In the market the dollar reached 1,{NUM} dinars ({YR})."],
    "usd-figures": ["The licence fee was USD {USD} million ({YR}).", "The campaign budget was ${USD},000 for {YR}."],
    "percentage-year": ["Smartphone penetration reached {PCT}% ({YR}).", "Internet use in Iraq was {PCT}% in {YR}."],
    "sample-size": ["The questionnaire was answered by {NUM} customers (n = {NUM}).",
                    "Respondents were mostly from {CITY} (N={NUM}, {YR})."],
    "figure-table": ["Brand awareness is shown in the chart below (Figure {q}).", "See the results (Table {q}, {YR})."],
    "isx-ticker": ["Bank of Baghdad is listed on the Iraq Stock Exchange (ISX: {TICK}).",
                   "Baghdad Soft Drinks (IBSD) paid a dividend in {YR}."],
    "war-years": ["Many shops in Mosul were closed for three years (2014–2017).",
                  "The displacement period (2014-2017) changed shopping habits."],
    "election-year": ["Billboards were taken over by candidates before the provincial elections ({YR}).",
                      "Advertising prices rise in every election season (e.g. {YR} parliamentary elections)."],
    "devaluation-event": ["Imported brands lost share after the devaluation (December 2020).",
                          "Since the 2020 devaluation, {B} has raised its prices twice."],
    "protest-event": ["The Tishreen protests (October 2019) moved many brands off television.",
                      "The internet shutdown of October 2019 hit online sellers."],
    "person-dates": ["The café is named after {PERSON} ({PD}).", "{B} used a poem by {PERSON} ({PD}) in its advert."],
    "singer-campaign": ["Kadim Al Sahir's concert in Erbil ({YR}) was sponsored by {B}.",
                        "The jingle was sung by Rahma Riad (Arab Idol, 2013)."],
    "football-season": ["{B} sponsored the Iraqi Stars League ({YR}–{YR2} season).",
                        "Iraq won the Gulf Cup (Basra, 2023) and sales of flags tripled."],
    "sports-team": ["Shirts of Al-Zawraa (founded 1969) sold out.", "Erbil SC (champions 2012) has a loyal fan base."],
    "mall-opening": ["{MALL} (opened {YR}) now has a Carrefour.", "Footfall at {MALL} fell during the salary crisis ({YR})."],
    "product-model": ["The most wanted phone was the {PROD} ({YR}).", "Agents sold the {PROD} (2024 model) on instalments."],
    "car-model-year": ["{B} gave away a Toyota Land Cruiser (model {YR}) in its Ramadan draw.",
                       "The prize was a Kia Sportage 2024."],
    "network-generation": ["4G arrived in most of Iraq only in 2021 (five years after Jordan).",
                           "5G trials began in Erbil (Korek, 2024)."],
    "plan-period": ["The National Development Plan (2024–2028) puts digital payment first.",
                    "The KRG Vision 2020 (published 2013) promised a private-sector economy."],
    "org-founded": ["Asiacell (founded 1999) is the largest operator.", "Korek Telecom (est. 2000) began in Erbil.",
                    "Rafidain Bank (founded 1941) is still state-owned."],
    "company-legal-form": ["{B} is registered as a private shareholding company (P.S.C.) since {YR}.",
                           "The bank became Trade Bank of Iraq (TBI) in 2003."],
    "registration-code": ["The company registration number is {NUM}/{YR} (Erbil Registrar).",
                          "The licence (CMC No. {NUM}) was renewed in {YR}."],
    "award": ["{B} won Best Mobile Wallet (Iraq) at the {YR} Fintech Awards.", "The agency won the Golden Minbar ({YR})."],
    "exhibition": ["The product was launched at the Erbil International Fair ({YR}).",
                   "{B} exhibited at the Baghdad International Fair ({YR}) and at Project Iraq 2024."],
    "conference-event": ["The researcher presented early findings at the Iraq Fintech Summit (Erbil, {YR}).",
                         "The CIM webinar ({DAY} May {YR}) discussed Gulf markets."],
    "course-code": ["This report answers Task {q} of module 2206 (CIM Level 6, {YR}).", "The MBA module MGT70{q}4 was taken in {YR}."],
    "airline-flight": ["Fly Baghdad's first Berlin flight (IF 237, {YR}) was fully booked.",
                       "Iraqi Airways resumed flights to Stockholm (IA 237) in {YR}."],
    "postcode-phone": ["Customers can call the hotline (07{NUM} 000 111) at any time.", "The shop is in Erbil, 100m Street (Zone 44)."],
    "university-founded": ["The University of Baghdad (founded 1957) has a strong marketing department.",
                           "AUIS (Sulaimani, 2007) teaches in English."],
    "tribe-name": ["In Anbar, the Dulaim tribes (Al-Dulaimi) still shape who buys from whom.",
                   "Trust in the souq is personal: the Albu Mohammed (Maysan) trade among themselves."],
    "place-name-year": ["Mosul (2017) became a symbol of reconstruction.", "Halabja (1988) is remembered every March."],
    "survey-wave": ["The Arab Barometer survey (Wave VII, 2022) asked about trust.", "The census (1997) is still the last full count."],
    "price-list": ["Bundles cost 5,000 / 10,000 / 25,000 IQD ({YR} prices).", "A Pepsi can sells for 250–500 IQD ({YR})."],
    "hashtag-year": ["The hashtag #Ramadan{YR} trended in Iraq.", "The campaign used #IraqiFirst and #Basra{YR}."],
    "app-version": ["The FastPay app (version {q}.{NUM}) added QR payments.", "Qi Card launched SuperQi (v{q}, {YR})."],
    "hotline-sms": ["Subscribers text {NUM} to join (free, {YR}).", "The short code {NUM} costs 250 IQD per SMS."],
    "quarter-results": ["Subscriber numbers grew in Q{q} {YR} ({PCT}% year on year).", "Revenue fell in H1 {YR}."],
    "diaspora-place-year": ["The Chaldean community in Detroit (Sterling Heights, {YR}) runs many supermarkets.",
                            "Many Iraqis arrived in Södertälje (2006–2008)."],
    "brand-slogan": ["The slogan “Closer to you” (2019) was translated into Kurdish by {B}.",
                     "The slogan 'Iraq is calling' ({YR}) was dropped after a year."],
}  # fmt: skip
