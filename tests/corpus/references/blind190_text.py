"""The blind190 pool (HELD OUT): prose written as marketers in Israel and its diaspora write CIM reports and MBAs.

A hundred-and-ninetieth independent pool, written without reading the checker, its tests or any other pool. Its
candidates work at banks and fintechs (Leumi, Hapoalim, Discount, Mizrahi-Tefahot, One Zero, Bit, PayBox,
Isracard, Max, Cal), insurers, telecoms (Bezeq, Partner, Cellcom, HOT, Pelephone, Golan Telecom), retailers
(Shufersal, Rami Levy, Victory, Yochananof, Super-Pharm, Fox, Castro, KSP, Ivory, Zap), food and drink makers
(Strauss, Elite, Osem, Tnuva, Tara, Tempo, Prigat, Wissotzky, Sabra, SodaStream), tech firms (Wix, Fiverr,
monday.com, Check Point, Waze, Mobileye, Taboola, Payoneer, Lemonade), the press and agencies, in Tel Aviv-Yafo,
Jerusalem, Haifa, Be'er Sheva, Herzliya, Nazareth and Eilat and in New York, London, Paris, Toronto and Berlin.
The decoys are what such reports carry that is not a citation: laws numbered by both calendars
("Protection of Privacy Law, 5741-1981"), sections and amendments, Hebrew-calendar dates beside Gregorian ones,
festivals, shekels as ₪, NIS and ILS, TASE and NASDAQ tickers, company numbers and 'Ba'am', star numbers,
postcodes, standards, rankings, awards, conferences, TV shows, founders and CEOs with their years, wars and
elections with their dates, Hebrew words in quotation marks with a gloss, and more.

HELD OUT: never tune the checker on it; report its tables, never its misses.
"""

# ruff: noqa: E501  (frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Shufersal", "Rami Levy", "Victory", "Yochananof", "Super-Pharm", "Fox", "Castro", "Golf & Co", "Ace", "KSP",
          "Ivory", "Zap", "Strauss", "Elite", "Osem", "Tnuva", "Tara", "Tempo", "Prigat", "Sugat", "Wissotzky",
          "Bamba", "Sabra", "Golan Heights Winery", "SodaStream", "Wix", "Fiverr", "monday.com", "Check Point",
          "CyberArk", "Waze", "Mobileye", "Teva", "Taboola", "Outbrain", "Similarweb", "Payoneer", "Gett", "Lemonade",
          "Playtika", "Bank Leumi", "Bank Hapoalim", "Discount Bank", "Mizrahi-Tefahot", "First International Bank",
          "One Zero", "Pepper", "Bit", "PayBox", "Isracard", "Max", "Cal", "Harel", "Migdal", "Clal", "Phoenix",
          "Menora Mivtachim", "Bezeq", "Partner", "Cellcom", "HOT", "Pelephone", "Golan Telecom"]  # fmt: skip

_AUDIENCES = ["young Tel Avivis", "Haredi families", "Arab-Israeli shoppers", "Russian-speaking customers",
              "Ethiopian-Israeli students", "reservists and their families", "olim (new immigrants)",
              "secular families in the centre", "customers in the periphery", "Druze and Bedouin consumers",
              "high-tech employees", "pensioners", "diaspora donors in New York", "Israelis living in Berlin",
              "first-time buyers in Be'er Sheva", "Gen Z Israelis", "small business owners", "students after the army"]  # fmt: skip
_TACTICS = ["WhatsApp broadcasts", "loyalty-club discounts", "Hebrew and Arabic ads", "influencer content on TikTok",
            "holiday gift vouchers (tlushim)", "price-comparison campaigns", "SMS marketing", "Bit payment links",
            "cashback through the app", "Google Ads in Hebrew", "Instagram Stories", "outdoor ads on the Ayalon",
            "radio spots on Galgalatz", "television sponsorships on Keshet 12", "product placement", "Telegram channels",
            "personalised push notifications", "private-label ranges", "price freezes", "Ynet banner ads"]  # fmt: skip
_RESULTS = ["repeat purchase", "trust", "share of wallet", "app downloads", "NPS", "churn", "basket size",
            "brand recall", "club sign-ups", "conversion", "word of mouth", "switching"]  # fmt: skip
_PRODUCTS = ["Bamba", "Milky", "cottage cheese", "Pesach wine", "Elite coffee", "Tnuva milk", "a fibre package",
             "a mobile plan", "a credit card", "car insurance", "a SodaStream machine", "Wissotzky tea", "hummus"]  # fmt: skip
_CITIES = ["Tel Aviv-Yafo", "Jerusalem", "Haifa", "Be'er Sheva", "Herzliya", "Ra'anana", "Petah Tikva", "Netanya",
           "Eilat", "Nazareth", "Rishon LeZion", "Bnei Brak", "Ashdod", "Modi'in", "Kiryat Shmona", "Rahat"]  # fmt: skip
_DIASPORA = ["New York", "Los Angeles", "London", "Paris", "Toronto", "Berlin", "Golders Green", "Brooklyn",
             "Montreal", "Miami"]  # fmt: skip
_MONTHS = ["Tishrei", "Heshvan", "Kislev", "Tevet", "Shevat", "Adar", "Nisan", "Iyar", "Sivan", "Tammuz", "Av",
           "Elul"]  # fmt: skip
_GREG = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
         "November", "December"]  # fmt: skip
_FESTIVALS = ["Rosh Hashanah", "Yom Kippur", "Sukkot", "Hanukkah", "Passover", "Pesach", "Shavuot", "Purim",
              "Yom Ha'atzmaut", "Tu BiShvat", "Lag BaOmer", "Ramadan", "Eid al-Fitr", "Eid al-Adha", "Christmas",
              "Black Friday", "Singles' Day"]  # fmt: skip
_LAWS = ["the Protection of Privacy Law, 5741-1981", "the Consumer Protection Law, 5741-1981",
         "the Communications Law (Telecommunications and Broadcasting), 5742-1982",
         "the Privacy Protection (Data Security) Regulations, 5777-2017", "the Economic Competition Law, 5748-1988",
         "the Promotion of Competition in the Food Sector Law, 5774-2014", "the Credit Data Law, 5776-2016",
         "the Equal Rights for Persons with Disabilities Law, 5758-1998"]  # fmt: skip
_REGULATORS = ["the Privacy Protection Authority", "the Consumer Protection and Fair Trade Authority",
               "the Israel Competition Authority", "the Israel Securities Authority", "the Bank of Israel",
               "the Ministry of Communications", "the Israel Innovation Authority", "the Capital Market Authority"]  # fmt: skip
_PEOPLE = ["Itzik Saig", "Avishai Abrahami", "Micha Kaufman", "Roy Mann", "Eran Zinman", "Gil Shwed", "Adam Singolda",
           "Ofra Strauss", "Rami Levy", "Uri Levine", "Amnon Shashua", "Yossi Vardi", "Daniel Schreiber",
           "Dov Moran", "Shlomo Rodav", "Yaron Zelekha", "Gal Gadot", "Noa Kirel", "Bar Refaeli", "Eyal Golan",
           "Lucy Aharish", "Mohammad Bakri"]  # fmt: skip
_TICKERS = ["TASE: SAE", "TASE: BEZQ", "TASE: LUMI", "TASE: POLI", "TASE: STRS", "TASE: DSCT", "NASDAQ: WIX",
            "NYSE: FVRR", "NASDAQ: MNDY", "NASDAQ: CHKP", "NYSE: TEVA", "NASDAQ: TBLA", "NYSE: LMND", "NASDAQ: PAYO"]  # fmt: skip
_SHOWS = ["Eretz Nehederet", "HaAh HaGadol", "Fauda", "Shtisel", "Tehran", "MasterChef Israel", "HaKokhav HaBa",
          "Zehu Ze!", "Arab Labor"]  # fmt: skip
_CHANNELS = ["Keshet 12", "Reshet 13", "Kan 11", "i24NEWS", "Channel 14", "Galgalatz", "Kan Reshet Bet"]  # fmt: skip
_UNIS = ["Tel Aviv University", "the Hebrew University", "the Technion", "Reichman University", "Bar-Ilan University",
         "Ben-Gurion University", "the University of Haifa", "the Open University"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """Fill values only this pool's frames use; A, T, R and M are this pool's own."""
    year = rng.randint(2012, 2025)
    hebrew_year = year + 3760 + rng.randint(0, 1)
    return {
        "A": rng.choice(_AUDIENCES), "T": rng.choice(_TACTICS), "R": rng.choice(_RESULTS), "M": rng.choice(_PRODUCTS),
        "CITY": rng.choice(_CITIES), "DIA": rng.choice(_DIASPORA), "HY": str(hebrew_year), "HM": rng.choice(_MONTHS),
        "GM": rng.choice(_GREG), "FEST": rng.choice(_FESTIVALS), "LAW": rng.choice(_LAWS), "REG": rng.choice(_REGULATORS),
        "PER": rng.choice(_PEOPLE), "TICK": rng.choice(_TICKERS), "SHOW": rng.choice(_SHOWS), "CH": rng.choice(_CHANNELS),
        "UNI": rng.choice(_UNIS), "YR": str(year), "NIS": f"{rng.randint(2, 950)}", "DEC": f"{rng.randint(1, 9)}.{rng.randint(1, 9)}",
        "PCT": str(rng.randint(3, 88)), "STAR": f"*{rng.randint(2000, 9999)}", "ZIP": f"{rng.randint(1000000, 9999999)}",
        "CNO": f"51{rng.randint(1000000, 9999999)}", "VER": f"{rng.randint(2, 9)}.{rng.randint(0, 20)}",
        "AGE": str(rng.randint(18, 34)), "EP": str(rng.randint(2, 40)),
    }  # fmt: skip


NARRATIVE_START = [
    "{N} argue that {C}.", "{N} found that {C}, based on a survey of {n} Israeli households.",
    "{N} shows that {C}, which is very relevant for {B}.", "{N} claims that {C}.", "{N} concluded that {C}.",
    "{N} emphasise that {C}, especially among {A}.", "{N} notes that {C} – something {B}'s team in {CITY} already feels.",
    "{N} explained that {C}.", "{N} point out that {C}.", "{N} also mentions that {C}, even in the periphery.",
    "{N} describes {T} as the fastest route to {A} and shows that {C}.", "{N} warned that {C}.",
    "{N} demonstrated that {C}; however, the sample was mainly Hebrew speakers.", "{N} suggests that {C}.",
    "{N} reported that, since the war began, {C}.", "{N} questions whether {C}.",
    "{N} interviewed {n} managers in Tel Aviv and found that {C}.", "{N} write that {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "In the Israeli context, {N} found that {C}.", "{O}, {N} argued that {C}.", "This is in line with {N}, who claims that {C}.",
    "{C}, which confirms what {N} found.", "{C} – a point also made by {N}.", "As {N} explains, {C}.",
    "{B} is a classic example: {N} showed that {C}.", "A study by {N} suggests that {C}.",
    "According to {N}, {C}.", "A survey conducted by {N} found that {C}.", "Following {N}, it can be argued that {C}.",
    "{C}; however, {N} found the opposite among {A}.", "When {B} moved its budget to {T}, it seemed to follow {N}: {C}.",
    "Evidence from {N} shows that, for {A}, {C}.", "Data published by {N} indicate that {C}.",
    "{C}, according to {N}.", "In a diaspora setting ({DIA}), {N} found that {C}.",
    "Unlike {B}, which depends on {T}, the firms in the sample of {N} found that {C}.",
    "Writing about the Israeli market, {N} notes that {C}.", "As {N} put it, {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study shows that {C}.", "Applying {N} framework to {B}, it is clear that {C}.",
    "{O}, {N} report found that {C}.", "{B} could use {N} segmentation model, because {C}.",
    "According to {N} survey of {A}, {C}.", "{N} findings are relevant here, since {C}.",
    "This reflects {N} argument that {C}.", "{N} analysis of the Israeli market shows how {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "Research shows that {C} {P}.", "{B} is no different, because {C} {P}.",
    "For {A}, {C} {P}.", "This is important because {C} {P}.", "In Israel, {C} {P}.",
    "Price, convenience and trust all matter, but mainly {C} {P}.", "{C}, especially on mobile {P}.",
    "It is often argued that {C} {P:see}.", "Several Israeli studies report that {C} {P:e.g.}.",
    "{C} (as shown in Figure {q}) {P}.", "{B}’s numbers suggest that {C} {P}.", "In short, {C} {P}.",
    "{C}, which is why {B} invests in {T} {P}.", "Bottom line: {C} {P}.", "Local data confirm this – {C} {P}.",
    "A key point for {B} is that {C} {P}.", "{C}. {P}", "The main advantages are speed, reach and a lower cost per lead {P}.",
    "{C} {P:see also}.", "{C}, as several studies in Israel show {P:for example,}.",
    "{C} in both Hebrew and Arabic media {P}.", "{C}, as in {DIA} {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, but {C2}.", "{C} {P}; {C2}.", "While {C} {P}, {C2}.",
    "Although {C} {P}, it is also true that {C2}.", "{B} has learnt that {C} {P} – and {C2}.",
    "{C} {P:see}, whereas {C2}.", "Because {C} {P}, {B} needs to make sure that {C2}.",
    "Some sources {P:e.g.} argue that {C}.", "{C} {P}: in practice this means that {C2}.",
    "Studies {P} agree that {C}.", "{O}, {C} {P}, so {C2}.",
]  # fmt: skip
CLAIMS = [
    "{A} trust recommendations in WhatsApp groups more than ads", "{T} raised {R} by about {q}0% in one pilot",
    "{B} depends heavily on {T}, which is risky if costs rise", "personalised offers increase {R} among {A}",
    "{A} expect to pay with Bit or PayBox as easily as with a card",
    "brands that ignore Arabic-speaking customers leave about a fifth of the market to competitors",
    "{T} is cheaper than television but harder to measure", "the Israeli consumer hates feeling like a 'freier'",
    "price is the first thing {A} compare, even for {M}", "the customer journey in Israel moves quickly from Google to WhatsApp",
    "spending on {T} has grown every year since {Y}", "{A} respond better to reviews than to brand claims",
    "the cost of living protests changed how {A} see supermarket brands",
    "a clear brand purpose helps firms like {B} to {bs}", "concentration in the food sector keeps prices high",
    "the amendment to the privacy law changes how brands collect first-party data",
    "{T} only drives {R} when the offer is relevant", "most Israeli e-commerce traffic now comes from mobile",
    "around {q} in 10 {A} have blocked a brand on WhatsApp",
    "companies such as {B} need to {bs} to stay competitive", "holiday periods account for a large share of annual sales",
    "the war changed the tone that {A} accept from brands", "switching costs in telecoms fell sharply after the reform",
    "digital banks put pressure on the big five banks' fees",
]  # fmt: skip
OPENERS = [
    "Furthermore", "In addition", "On the other hand", "For example", "In Israel", "For {B}'s marketing team",
    "Since October 2023", "In the case of {B}", "From the customer's point of view", "Nevertheless", "As a result",
    "In the Israeli retail sector", "Looking at {B}'s competitors", "Overall", "In terms of digital channels",
    "Interestingly", "During the holiday season", "Since the Covid-19 period", "In the Arab sector",
]  # fmt: skip
PLAIN = [
    "{B} was founded in Israel and today operates in {q}0 countries.",
    "This part analyses {B}'s current digital channels and gives recommendations.",
    "The table below summarises the KPIs for each channel.",
    "{B}'s Instagram account has more than {n}k followers, but engagement is low.",
    "The recommendations are costed in shekels and phased over twelve months.", "{O}, {C}.",
    "{B} uses Google Ads, Meta and TikTok, with most of the budget on paid search.",
    "Customers can buy online, in the app or in the branches, and delivery is free above ₪{NIS}.",
    "A SWOT and PESTEL analysis of {B} is in the appendix.",
    "The main competitors are {B} and two smaller online-only players.",
    "Task 2 continues with a content plan for the coming year.",
    "All communications are planned in Hebrew, Arabic, Russian and English.",
    "The company's headquarters are in {CITY}, with a sales office in {DIA}.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one textbook puts it, {Q} {P}.", "In other words, {Q} {P}.", "{O}, {Q} {P}.",
    "{N} put it bluntly: {Q}.", "This is summarised well: {Q} {P}.", "The point is that {Q} {P}, and {B} has not acted on it yet.",
    "{Q} {P}; this report agrees.", "{N} writes that {Q}.",
]  # fmt: skip
SCARE_QUOTES = [
    "‘start-up nation’", "‘chutzpah’", "‘freier’", "‘protekzia’", "“davka”", "‘balagan’", '"sababa"', "‘tachles’",
    "“yalla”", "‘glocal’", '"Israeli directness"', "‘Made in Israel’", "‘tlush’ (gift voucher)", "‘kosher-style’",
]  # fmt: skip
SCARE_FRAMES = [
    "Israeli marketers call this {Q} marketing {P}.", "{B} describes its style as {Q} {P}.",
    "Consumers do not want to feel like a {Q} {P}.", "The so-called {Q} attitude is part of the brand {P}.",
    "{N} calls it {Q}, which fits {B} well.",
]  # fmt: skip
SUBJECT_LINES = [
    "‘Shana tova! 20% off the whole holiday basket’", "“Chag sameach – your Pesach order is waiting”",
    '"Last chance: the {M} deal ends tonight"', "‘Ramadan Kareem – free delivery all month’",
    "“Your club points expire on 31.12”", "‘Black Friday is already here at {B}’",
    '"Hanukkah: 8 nights, 8 deals"', "‘We missed you – ₪50 back on your next order’",
]  # fmt: skip
SUBJECT_FRAMES = [
    "One retailer's subject line, {Q}, lifted the open rate {P}.", "An SMS headed {Q} did best of all {P}.",
    "The subject line {Q} doubled opens {P}.", "{B} sent the WhatsApp message {Q} to lapsed club members {P}.",
    "{N} tested the subject line {Q} against a plain one.",
]  # fmt: skip

# Text with brackets, years, numbers or quotation marks that is no citation. Each kind is a name of this pool's own.
NOT_CITATIONS = {
    "law-with-hebrew-and-gregorian-year": [
        "Every database must be registered under {LAW}.", "{B} updated its privacy notice in line with the Protection of Privacy Law, 5741-1981.",
        "Misleading price claims are forbidden by the Consumer Protection Law, 5741-1981, section 7.",
    ],
    "anti-spam-section": [
        "Section 30A of the Communications Law (Telecommunications and Broadcasting), 5742-1982, is known in Israel as the 'spam law'.",
        "Under section 30A of the Communications Law, each unsolicited SMS can cost up to ₪1,000 in statutory damages.",
    ],
    "regulations-year": [
        "The Privacy Protection (Data Security) Regulations, 5777-2017, came into force in May 2018.",
        "{B}'s CRM was audited against the Data Security Regulations (2017) last {GM}.",
    ],
    "law-amendment-number": [
        "Amendment No. 13 to the privacy law took effect in August 2025.", "The draft (Amendment No. {q}) was approved in first reading.",
    ],
    "hebrew-year-bracket": [
        "The campaign was planned for the start of the year ({HM} {HY}).", "Sales were strongest in the holiday month (Tishrei {HY}).",
    ],
    "hebrew-date-beside-gregorian": [
        "The new range was launched on 1 Nisan {HY} ({d} March {YR}).", "The price list changed on {d} {HM} {HY}, i.e. {d} {GM} {YR}.",
    ],
    "hebrew-fiscal-year": [
        "Budgets are still set by the Hebrew year in some co-ops (5785 budget: ₪{NIS}k).", "The plan covers the whole of {HY}.",
    ],
    "festival-with-year": [
        "Basket sizes jumped before {FEST} {YR}.", "The {FEST} {YR} campaign ran for three weeks on TV and online.",
        "Orders doubled during Rosh Hashanah ({YR}).",
    ],
    "ramadan-eid": [
        "Shops in Nazareth and Umm al-Fahm stayed open late during Ramadan ({YR}).", "The Eid al-Fitr {YR} offers targeted Arabic speakers.",
    ],
    "black-friday-date": [
        "Online sales peaked on Black Friday ({d} November {YR}).", "{B} started its Black Friday week early (from {d} November).",
    ],
    "independence-day-number": [
        "The 75th Independence Day (2023) was used for a blue-and-white packaging campaign.", "{B} ran its Yom Ha'atzmaut sale (the {EP}th anniversary edition).",
    ],
    "shekel-amount-bracket": [
        "The campaign budget was modest (₪{NIS},000).", "Revenue rose to NIS {NIS} million ({YR}).", "Annual sales reached ₪{DEC} billion in {YR}.",
    ],
    "ils-million-nis": [
        "The fine was 1.{q} million NIS.", "Prices are shown in ILS {NIS}.{q}0 including VAT.", "Marketing spend was ILS {NIS}m (FY{YR}).",
    ],
    "exchange-rate": [
        "All figures are converted at the average rate (USD 1 = ₪3.{q}{q}).", "Diaspora prices were set in dollars ($1 = NIS 3.7).",
    ],
    "vat-rate": [
        "VAT rose to 18% (January 2025), which pushed shelf prices up.", "Eilat is a VAT-free zone (0% VAT since 1985).",
    ],
    "interest-rate": [
        "The Bank of Israel rate was cut to 4.{q}% ({GM} {YR}).", "Mortgage demand fell when the prime rate reached 6.{q}%.",
    ],
    "cpi-index": [
        "The consumer price index rose by {DEC}% (base {Y} = 100).", "Food prices rose faster than the CPI in {YR} ({DEC}%).",
    ],
    "stock-ticker": [
        "{B} is listed on the Tel Aviv Stock Exchange ({TICK}).", "Wix (NASDAQ: WIX) reports in dollars, not shekels.",
    ],
    "company-number": [
        "The local company is registered in Israel (company no. {CNO}).", "Orders are invoiced by the Israeli subsidiary (ח.פ. {CNO}).",
    ],
    "ba-am-legal-form": [
        'The importer is a private company (Ba\'am, בע"מ) owned by two families.', "{B} trades through its Israeli arm ({B} Ltd., registered in 19{q}9).",
    ],
    "co-op-bnei-brak": [
        "The dairy is a co-operative based in Bnei Brak (founded 1926).", "The kibbutz-owned plant (est. 19{q}9) supplies several chains.",
    ],
    "star-number": [
        "Customers can call the service line ({STAR}) or use the chat.", "The radio ad ended with the short number {STAR}.",
    ],
    "postcode": [
        "The flagship store is on Dizengoff Street, Tel Aviv-Yafo {ZIP}.", "Returns go to the warehouse in Modi'in ({ZIP}).",
    ],
    "street-address": [
        "The pop-up ran at Sarona Market (Kalman Magen St 3) for two weeks.", "The agency moved to Rothschild Boulevard 22 in {YR}.",
    ],
    "road-number": [
        "Billboards on Route 6 and Highway 1 reach commuters from the periphery.", "The new branch is next to the Route 4 junction (exit {q}).",
    ],
    "place-with-tower": [
        "Its office is in the Azrieli Center (Round Tower, floor {EP}).", "The launch was held at the Tel Aviv Port (Hangar 1{q}).",
    ],
    "founders-with-year": [
        "Wix was founded by Avishai Abrahami, Nadav Abrahami and Giora Kaplan in 2006.", "Fiverr (founded 2010 by Micha Kaufman and Shai Wininger) is now global.",
        "Waze was bought by Google in 2013 for about $1.1 billion.",
    ],
    "ceo-since-year": [
        "{PER} (CEO since {YR}) presented the new strategy.", "According to an interview with {PER} on {CH}, the target is growth.",
    ],
    "historical-person-dates": [
        "The brand name was inspired by David Ben-Gurion (1886–1973).", "Eliezer Ben-Yehuda (1858–1922) revived Hebrew as a spoken language.",
    ],
    "celebrity-in-campaign": [
        "{PER} appeared in the {YR} campaign.", "The ad starring Noa Kirel (2023) got over a million views in two days.",
    ],
    "war-or-operation-date": [
        "Marketing budgets were frozen after 7 October 2023.", "Sales fell during Operation Protective Edge (July–August 2014).",
        "Footfall dropped in the north during the Second Lebanon War (2006).",
    ],
    "covid-lockdown": [
        "Online grocery grew fast during the first lockdown (March–April 2020).", "The third lockdown (December 2020) hit clothing chains hardest.",
    ],
    "knesset-election": [
        "Ad prices on TV rose before the Knesset election (1 November 2022).", "Political ads were limited in the election period (25th Knesset).",
    ],
    "cost-of-living-protest": [
        "The cottage cheese boycott (summer 2011) is still remembered by shoppers.", "The social protests of 2011 changed the public mood about prices.",
    ],
    "tv-show-season": [
        "{B} sponsored {SHOW} (season {q}) on {CH}.", "Product placement in {SHOW} (broadcast on {CH} in {YR}) reached a huge audience.",
    ],
    "channel-number": [
        "The ad ran in prime time on Channel 12 and Channel 13.", "Kan 11 carries no commercial advertising (public broadcaster, since 2017).",
    ],
    "award-with-year": [
        "The campaign won gold at the Effie Awards Israel {YR}.", "{B} took a Golden Lion at Cannes Lions {YR}.",
        "The agency was named Agency of the Year at the {YR} Globes advertising awards.",
    ],
    "ranking-list": [
        "{B} entered the Dun's 100 list ({YR}).", "It ranked {q} in BDI's best employers list for {YR}.",
    ],
    "conference-event-year": [
        "The product was presented at Cybertech Tel Aviv {YR}.", "{PER} spoke at the Globes Israel Business Conference ({GM} {YR}).",
        "DLD Tel Aviv {YR} attracted thousands of start-up founders.",
    ],
    "diaspora-event": [
        "The brand had a stand at the Israel Day Parade on Fifth Avenue ({d} June {YR}).", "A pop-up in {DIA} ran during Jewish Book Week ({YR}).",
    ],
    "survey-sample-size": [
        "Most respondents agreed (n = {n}, Hebrew and Arabic speakers).", "The panel included {n} adults aged {AGE}+ (margin of error ±{q}.{d}%).",
    ],
    "table-figure-appendix": [
        "The full results are in the appendix (Table {q}.{d}).", "Channel costs are compared below (see Figure {q}).",
    ],
    "percent-of-sector": [
        "Haredi households are a growing segment ({PCT}% of new customers).", "Arabic speakers are about a fifth of the population (21%).",
    ],
    "product-size-model": [
        "The best seller is Bamba (80 g), followed by the family pack (200 g).", "The SodaStream Terra (model {NIS}) sold out before {FEST}.",
        "Tnuva milk (1 litre, 3%) is under price control.",
    ],
    "phone-model": [
        "The campaign targeted iPhone 1{q} and Galaxy S2{q} users.", "Partner bundled the Galaxy A5{q} with a {NIS} GB plan.",
    ],
    "app-version": [
        "Bit {VER} added group payments.", "The {B} app (version {VER}) added Arabic and Russian menus.",
    ],
    "hashtag": [
        "The hashtag #ShanaTova{YR} trended for a day.", "User posts used #BuyIsraeli{YR} and #TotzeretHaaretz.",
    ],
    "hebrew-word-gloss": [
        "Shoppers talk about 'mivtza' (a promotion) rather than discounts.", "Many customers expect 'tlushim' (holiday gift vouchers) from employers.",
        "The word 'sababa' (cool, fine) appeared in the slogan.",
    ],
    "hebrew-script-with-romanisation": [
        "The chain's Hebrew name, שופרסל (Shufersal), is used on all packaging.", "The slogan was written as כל הכבוד (kol hakavod, 'well done').",
    ],
    "kosher-certification": [
        "All products carry kosher certification (Badatz, Mehadrin).", "The Pesach range is kosher for Passover (kitniyot, {YR}).",
    ],
    "standard-si": [
        "The website meets Israeli Standard SI 5568 (web accessibility, level AA).", "The company is certified to ISO 27001:2013 and SI 27799.",
    ],
    "shmita-year": [
        "Vegetable prices rose in the shmita year (5782).", "Some Haredi shoppers avoided Israeli produce in the sabbatical year (2021–22).",
    ],
    "university-class-year": [
        "The marketing manager studied at {UNI} (MBA, class of {YR}).", "The founders met at the Technion (BSc, 2004).",
    ],
    "course-module-code": [
        "This report answers Task 2 of the CIM Level 7 module (Marketing & Digital Strategy, {YR}).", "In the MBA course (Marketing 7{d}{q}) we used the same case.",
    ],
    "quarter-half-year": [
        "Same-store sales rose in Q{q} {YR}.", "H1 {YR} results were weaker than expected.",
    ],
    "campaign-slogan-year": [
        "The 'Together we will win' campaign ({YR}) used only user content.", "Its long-running slogan ('Only in Israel', since 199{q}) is still used.",
    ],
    "regulator-decision": [
        "{REG} published a decision on the case in {GM} {YR}.", "After a hearing, the Competition Authority (file {n}/{YR}) closed the investigation.",
    ],
    "price-control-list": [
        "Bread, milk and eggs are on the price control list (supervised products).", "Cottage cheese was returned to price supervision (2024).",
    ],
    "time-zone-shabbat": [
        "Deliveries stop from Friday 14:00 until Saturday night (Shabbat).", "Customer service works Sunday–Thursday, 08:00–18:00 (IST, UTC+2).",
    ],
    "diaspora-place-brand": [
        "Sabra hummus is made in Virginia (Colonial Heights plant).", "The London branch in Golders Green opened in {YR}.",
    ],
}  # fmt: skip
