"""The prose of the "blind105" pool: marketers in Iran and its diaspora writing CIM Level 6 and 7 reports and MBAs.

A hundred-and-fifth independent pool, HELD OUT: written without reading the checker (marker/checks), its tests or
any other pool, from how brand, CRM, digital, export and communications marketers at e-commerce platforms,
ride-hailing and super-apps, banks, insurers, telecoms, FMCG and dairy makers, carpet and saffron exporters, hotels
and agencies in Tehran, Isfahan, Shiraz, Mashhad and Tabriz, and in Dubai, Toronto and London, write in English:
Solar Hijri years beside Gregorian ones, Nowruz, Yalda and Ramadan calendars, rial and toman figures, PJSCs and
their Tehran Stock Exchange tickers, the Central Bank and the ministries, laws with their Hijri and Gregorian years,
Persian names with Seyed, Haj, Mir- and Khanum, poets and historical figures, and diaspora places. Never tune on it.
"""

# ruff: noqa: E501  (frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Digikala", "Snapp", "Tapsi", "Snappfood", "Divar", "Cafe Bazaar", "Torob", "Alibaba.ir", "Kalleh", "Pegah",
          "Damdaran", "Golrang", "Zar Macaron", "Minoo", "Irancell", "Hamrah-e Aval", "Rightel", "Bank Mellat",
          "Bank Melli", "Saman Bank", "Bank Pasargad", "Blu Bank", "Asia Insurance", "Bimeh Iran", "Sahar Khiz",
          "Novin Saffron", "Refah", "Ofogh Kourosh", "Hyperstar", "Parsian Hotels", "Espinas", "Iran Khodro",
          "Shirin Asal", "Chee Toz", "Sadaf Foods", "Persian Basket", "Mahak", "Filimo", "Aparat", "Snapp Market"]  # fmt: skip

_CITIES = ["Tehran", "Isfahan", "Shiraz", "Mashhad", "Tabriz", "Karaj", "Qom", "Kish Island", "Dubai", "Toronto",
           "North York", "London", "Richmond Hill", "Yazd", "Rasht"]  # fmt: skip
_MONTHS = ["Farvardin", "Ordibehesht", "Khordad", "Tir", "Mordad", "Shahrivar", "Mehr", "Aban", "Azar", "Dey",
           "Bahman", "Esfand"]  # fmt: skip
_TICKERS = ["Vebmellat", "Khodro", "Hamrah", "Fameli", "Foolad", "Shasta", "Vetejarat", "Vebsader", "Ghapin",
            "Ghezar", "Akhaber", "Dey"]  # fmt: skip
_FESTIVALS = ["Nowruz", "Yalda", "Ramadan", "Chaharshanbe Suri", "Sizdah Bedar", "Eid al-Fitr", "Black Friday",
              "Muharram", "Mehregan", "back-to-school (Mehr)"]  # fmt: skip
_APPS = ["Snapp", "Tapsi", "Digikala", "Divar", "Snappfood", "Bale", "Rubika", "Eitaa", "Sheypoor", "Basalam"]


def values(rng: random.Random) -> dict[str, str]:
    """The fill values only this pool's frames use, drawn after the builder's own."""
    sh = rng.randint(1395, 1404)
    return {
        "sh": str(sh), "gd": str(sh + 621), "gd2": str(sh + 622), "shm": rng.choice(_MONTHS), "tk": rng.choice(_TICKERS),
        "city": rng.choice(_CITIES), "fest": rng.choice(_FESTIVALS), "app": rng.choice(_APPS),
        "tom": f"{rng.randint(12, 980)},{rng.randint(0, 9)}00", "pct": str(rng.randint(3, 68)),
        "rl": f"{rng.randint(1, 99)},{rng.randint(100, 999)}", "sid": str(rng.randint(19, 65)),
    }  # fmt: skip


NARRATIVE_START = [
    "{N} argued that {C}.", "{N} found that {C}, although their sample came only from {city}.",
    "{N} concluded that {C}, which is very relevant for {B}.", "{N} showed that {C} in the Iranian market.",
    "{N} believe that {C}, especially during {fest}.", "{N} explains that {C}.",
    "{N} point out that {C}; this is also true for {B}.", "{N} reported that {C} after the sanctions were re-imposed.",
    "{N} has mentioned that {C}.", "{N} emphasised that {C}, even with high inflation.",
    "{N} states that {C} (for example, {B} on {app}).", "{N} tested this with structural equation modelling and found that {C}.",
    "{N} studied {A} in {city} and concluded that {C}.", "{N} were among the first to show that {C} in Iran.",
    "{N} also confirmed that {C}.", "{N} warned that {C} when the rial loses value.",
    "{N} describe {T} as a cheap way to reach {A}, and showed that {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "As {N} mentioned, {C}.", "{O}, {N} found that {C}.", "According to {N}, {C}.",
    "This is in line with {N}, who found that {C}.", "{C}, which supports the results of {N}.",
    "In a study of Iranian private banks, {N} showed that {C}.", "{C} – a point also made by {N}.",
    "Based on the survey of {N}, {C}.", "Research by {N} in {city} suggests that {C}.",
    "{B} is a good example: as {N} showed, {C}.", "{C}; however, {N} found the opposite among {A}.",
    "In the Iranian context, {N} argue that {C}.", "The results of {N} indicate that {C}.",
    "Similar to the findings of {N}, {C}.", "For a company like {B}, the work of {N} shows that {C}.",
    "As it has been explained by {N}, {C}.", "{C}, as {N} noted in their review of {T}.",
    "When {B} launched its {fest} campaign in {sh}, it seemed to follow {N}: {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} model shows that {C}.", "Based on {N} framework, {C}.", "{O}, {N} study in {city} showed that {C}.",
    "{N} findings are useful for {B} because {C}.", "According to {N} survey, {C}.",
    "This supports {N} argument that {C}.", "{N} research on Iranian consumers suggests that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "Previous studies show that {C} {P}.", "In Iran, {C} {P}.",
    "For {A}, {C} {P}.", "This is important because {C} {P}.", "{C}, especially in {city} {P}.",
    "It is often said that {C} {P:see}.", "Several Iranian studies report that {C} {P:e.g.}.",
    "{B}'s experience confirms that {C} {P}.", "{C} (as Figure {q} shows) {P}.", "In short, {C} {P}.",
    "{C}, which is why {B} invests in {T} {P}.", "Under sanctions, {C} {P}.", "{C}. {P}",
    "During {fest}, {C} {P}.", "{C} {P:see also}.", "{C}, as several studies in Iran confirm {P:for example,}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, but {C2}.", "{C} {P}; {C2}.", "While {C} {P}, {C2}.",
    "Although {C} {P}, it is also true that {C2}.", "{C} {P:see}, whereas {C2}.",
    "Because {C} {P}, {B} should make sure that {C2}.", "Some researchers {P:e.g.} believe that {C}.",
    "{C} {P}: this means that {C2}.", "{O}, {C} {P}, so {C2}.",
]  # fmt: skip
CLAIMS = [
    "{A} trust Instagram pages more than official websites", "{T} increased {R} by about {pct}% in one campaign",
    "high inflation has made {A} very sensitive to price", "{B} depends on {app} for most of its online sales",
    "sanctions have limited access to global advertising platforms such as Google Ads",
    "{A} compare prices on Torob before buying", "word of mouth is still the most trusted channel in Iran",
    "Nowruz is the biggest sales season for FMCG brands", "{T} works better when it is in Persian, not English",
    "Iranian banks use super-apps to keep younger customers", "country of origin still matters for carpet buyers",
    "the diaspora in Toronto and London is an important market for saffron brands",
    "cash-on-delivery remains popular because many shoppers do not trust online payment",
    "influencers with fewer followers get higher engagement in Iran", "{B} could {bs} to win back {A}",
    "internet filtering pushes brands towards Telegram and local platforms",
    "customer service through WhatsApp and Bale improves {R}", "brand image has a strong effect on {R}",
    "price promotions during Yalda night bring new customers but not loyal ones",
    "service quality has a direct effect on customer satisfaction in Iranian hotels",
]  # fmt: skip
OPENERS = [
    "Furthermore", "In addition", "On the other hand", "For example", "In Iran", "For {B}", "Since {sh}",
    "In the case of {B}", "Nowadays", "Moreover", "As a result", "Besides", "In the Iranian market",
    "After the 2018 sanctions", "Among the Iranian diaspora", "In terms of digital channels",
]  # fmt: skip
PLAIN = [
    "{B} was established in {city} and now has over {n} branches across Iran.",
    "This report analyses {B}'s digital marketing and gives recommendations for {sh}.",
    "The table below shows the main KPIs for each channel.",
    "{B}'s Instagram page has more than {n}k followers, but the engagement rate is low.",
    "{O}, {C}.", "All figures are in Iranian rials unless stated otherwise.",
    "{B} sells through its own website, its app and {app}.",
    "A PESTEL analysis of the Iranian market is presented in the appendix.",
    "The main competitors of {B} are two local brands and one Turkish importer.",
    "The marketing budget for next year is {tom} million tomans.",
    "Task 2 continues with a content plan for the next twelve months.",
    "The questionnaire was translated into Persian and back-translated into English.",
]  # fmt: skip

NOT_CITATIONS = {
    "hijri-year-bracket": [
        "Sales were highest in the last month of the year (Esfand {sh}).",
        "{B} opened its first store in {city} (in {sh}).",
        "The loyalty club was relaunched last year ({sh} Hijri Shamsi).",
    ],
    "hijri-gregorian-pair": [
        "The campaign ran over the new year ({sh}/{gd}) on all channels.",
        "Online sales doubled in one year ({sh}–{gd}).",
        "The data covers the fiscal year {sh} ({gd}–{gd2}).",
    ],
    "persian-date": [
        "The app was relaunched on 1 Farvardin {sh} (21 March {gd}).",
        "Interviews were held between {d} {shm} and the end of {shm} {sh}.",
        "The price list was updated on {d}/{q}/{sh}.",
    ],
    "festival-season": [
        "Most gift boxes are sold before Nowruz ({sh}).",
        "{B}'s Yalda campaign (Yalda {sh}) used lines from Hafez.",
        "Demand for dates and dairy rises during Ramadan ({gd}).",
        "The Sizdah Bedar picnic offer (13 Farvardin) was popular with families.",
    ],
    "rial-figure": [
        "Net sales reached IRR {rl} billion (fiscal year {sh}).",
        "The advertising budget was {n} billion rials ({sh}).",
        "Revenue grew to {rl} billion rials (about {pct}% more than {sh}).",
    ],
    "toman-price": [
        "A 1 kg pack of {B} yoghurt costs {tom} tomans (Tehran, {shm} {sh}).",
        "The average basket on {app} was {tom} tomans ({sh}).",
        "The minimum order for free delivery is {tom} toman (about {q} USD).",
    ],
    "exchange-rate": [
        "The rial fell sharply on the open market (1 USD = {n},000 rials, {gd}).",
        "Export prices are set in euros (EUR 1 = {rl} rials, NIMA rate).",
        "Imported packaging became more expensive after the devaluation ({gd}–{Y2}).",
    ],
    "legal-form": [
        "Golrang Industrial Group (Private Joint Stock Company) owns many household brands.",
        "{B} (PJSC) publishes its financial statements every quarter.",
        "The company is registered in Dubai as a free-zone company (FZCO) and in Tehran as a Sherkat-e Sahami-ye Khass.",
        "The Toronto office is a federal corporation (Canada Business Corporations Act, 1985).",
    ],
    "tse-ticker": [
        "Bank Mellat (TSE: Vebmellat) is one of the largest listed banks.",
        "{B}'s shares ({tk}) rose by {pct}% after the results.",
        "The TEDPIX index passed {n},000 points in {sh}.",
    ],
    "central-bank-circular": [
        "Payment service providers must follow Central Bank circular No. {n}/{sh} on card-to-card transfers.",
        "The daily limit for card-to-card transfers was cut (a new CBI directive in {shm} {sh}).",
        "Banks must verify customers through Shahkar before opening an account (since {gd}).",
    ],
    "iranian-law": [
        "The Electronic Commerce Law (1382/2004) covers online contracts.",
        "The Consumer Rights Protection Law (2009) gives buyers a right to refund.",
        "Under Article 44 of the Constitution, many state companies were privatised.",
        "The Computer Crimes Law (1388) applies to fake online reviews as well.",
    ],
    "development-plan": [
        "The Seventh Development Plan (1403–1407) supports the digital economy.",
        "The government slogan for the year ({sh}) focused on production.",
        "The 20-Year Vision Document (Vision 1404) aimed to make Iran a regional leader.",
    ],
    "trust-seal": [
        "Customers look for the Enamad trust seal (two stars) before paying.",
        "{B}'s website has an e-Namad (eNamad code {n}) and a Samandehi logo.",
        "Shoppers check the electronic trust symbol (Enamad, issued {sh}) on the footer.",
    ],
    "sanctions-event": [
        "After the JCPOA (July 2015), foreign brands returned to Tehran.",
        "The US withdrawal from the nuclear deal (May 2018) hit imports hard.",
        "Google Play and Apple removed many Iranian apps (after {gd}).",
    ],
    "university-founded": [
        "The University of Tehran (founded 1934) runs one of the oldest MBA programmes in Iran.",
        "Sharif University of Technology (est. 1966) produced many start-up founders.",
        "The survey was distributed to students at Allameh Tabataba'i University (Tehran, {gd}).",
    ],
    "course-code": [
        "This assignment is for module MKT{n} (Spring {gd}).",
        "The CIM unit (Level 6, Unit 2) asks for a digital strategy.",
        "Word count: {n},{q}00 (excluding the appendix).",
    ],
    "khanum-customer": [
        "One loyal customer, Farideh Khanum ({sid} years old), buys only {B} cheese.",
        "Mahin Khanum, a retired teacher in {city}, told us she still pays in cash.",
        "Our interviewee, Shirin Khanum (shop owner, {city}), sells saffron to tourists.",
    ],
    "honorific-person": [
        "Haj Agha Rezaei, the founder (born 1958), still visits the factory every week.",
        "Seyed Ali, the branch manager in {city}, agreed to an interview ({d} {shm}).",
        "Mr Hosseinzadeh (head of digital, {B}) shared the dashboard with us.",
    ],
    "historic-figure": [
        "Isfahan's bazaar dates back to Shah Abbas (1571–1629).",
        "Carpets woven in Tabriz in the Safavid era (1501–1736) are still copied today.",
        "The hotel is named after Amir Kabir (1807–1852), a reformist chancellor.",
    ],
    "poet": [
        "{B}'s Yalda packaging quotes Hafez (c. 1315–1390).",
        "The campaign used a verse from Saadi's Golestan (1258).",
        "Ferdowsi's Shahnameh (c. 1010) inspired the brand's characters.",
        "Mowlana (Rumi, 1207–1273) is popular in Instagram captions.",
    ],
    "heritage-site": [
        "Naqsh-e Jahan Square (UNESCO World Heritage, 1979) attracts most foreign visitors.",
        "Persepolis (518 BC) is the main attraction near Shiraz.",
        "The Persian Garden (inscribed 2011) is used in many hotel adverts.",
    ],
    "carpet-spec": [
        "A Tabriz carpet of 50 raj has about {n},000 knots per square metre.",
        "The rug is 2 x 3 m (6 m², hand-knotted wool and silk).",
        "Kashan carpets (80 raj, silk on silk) sell for much higher prices.",
    ],
    "saffron-grade": [
        "Negin and Sargol saffron (ISO 3632, category I) are sold at a premium.",
        "One mesghal (4.6 g) of saffron costs about {tom} tomans.",
        "Exports reached {n} tonnes in {sh} (about {pct}% more than the year before).",
    ],
    "national-standard": [
        "The yoghurt meets the national standard (ISIRI {n}).",
        "Packaging must show the standard mark (INSO {n}:{gd}).",
        "Halal certification (GSO 2055-1) is needed for Gulf markets.",
    ],
    "product-model": [
        "Iran Khodro's Dena Plus (2021 model) was advertised on billboards.",
        "{B} sells the Samsung Galaxy A54 (2023) in {q} colours.",
        "The Irancell TD-LTE modem (model TF-i60 G1) is still sold.",
    ],
    "telecom-code": [
        "Customers can activate the package with USSD code *{n}#.",
        "Subscribers send 'OK' to short code {n}0 to join the club.",
        "The call centre (Tel: +98 21 {n}{q}{q}{q}) is open until 22:00.",
    ],
    "brand-award": [
        "{B} won Brand of the Year at the Iran Brand Festival ({sh}).",
        "The advert received a Golden Tandis award (Tehran, {gd}).",
        "The company was named a National Exemplary Exporter ({sh}).",
    ],
    "trade-fair": [
        "{B} exhibited at Iran Agrofood (Tehran, June {gd}).",
        "The saffron brand had a stand at Gulfood (Dubai, February {gd}).",
        "Iran Expo {gd} brought buyers from {q}0 countries.",
    ],
    "index-rank": [
        "Iran ranked {sid}th in the Global Innovation Index ({gd}).",
        "Internet penetration reached {pct}% ({gd} estimate).",
        "The site is in Iran's top {n} by traffic (ranked in {shm} {sh}).",
    ],
    "diaspora-place": [
        "Many Persian shops are on Yonge Street in North York ('Tehranto').",
        "The London community is concentrated in Kensington and Ealing (since the 1980s).",
        "Iranian traders have been in Dubai's Deira district for over a century (since about 1900).",
    ],
    "free-zone": [
        "The trading company holds a DMCC free zone licence ({gd}).",
        "Kish Island (free zone since 1989) is a tax-free shopping destination.",
        "Goods are re-exported through Jebel Ali Free Zone (JAFZA).",
    ],
    "foreign-law": [
        "Emails to Canadian customers must follow CASL (Canada's Anti-Spam Legislation, 2014).",
        "UK customers are protected by the Consumer Rights Act 2015.",
        "The UAE's Federal Decree-Law No. 45 of 2021 covers personal data.",
    ],
    "survey-statistics": [
        "The questionnaire was completed by {n} customers (response rate {pct}%).",
        "Reliability was acceptable (Cronbach's alpha = 0.8{q}).",
        "The model fitted the data well (CFI = 0.9{q}, RMSEA = 0.0{q}).",
        "All hypotheses were supported (p < 0.05) except H{q}.",
    ],
    "participant-code": [
        "One participant (P{q}, female, {sid}) said she follows {B} for the discounts.",
        "A manager (Interviewee M{q}, {city}) complained about payment gateways.",
        "Focus group 2 (students, n = {q}) preferred Telegram to Instagram.",
    ],
    "hashtag": [
        "The hashtag #Yalda{sh} was used in over {n}k posts.",
        "{B}'s challenge (#Nowruz{gd}) went viral on Instagram.",
        "Customers shared photos with the tag #MadeInIran ({sh}).",
    ],
    "app-version": [
        "{app} added a wallet in its new version (v{q}.{n}).",
        "The {B} app (Android {q}.0 and above) is downloaded from Cafe Bazaar and Myket.",
        "Version {q}.{sid} of the app fixed the checkout bug.",
    ],
    "fiscal-year": [
        "Profit fell in the last fiscal year (ending 29 Esfand {sh}).",
        "The financial year of {B} ends on 30 Azar (Q4 {sh}).",
        "Sales in the first half (H1 {sh}) were below target.",
    ],
    "quarter": [
        "Sales grew in the third quarter (Q{q} {gd}).",
        "The campaign ran for eight weeks (Q{q}, {sh}).",
        "Active users peaked in summer (Tir–Shahrivar {sh}).",
    ],
    "abbreviation": [
        "The Central Bank of Iran (CBI) sets the rules for payment providers.",
        "The Tehran Stock Exchange (TSE) lists more than {n} companies.",
        "The Trade Promotion Organization (TPO) supports saffron exporters.",
        "Key performance indicators (KPIs) include customer acquisition cost (CAC).",
    ],
    "national-holiday": [
        "Shops in {city} close on 22 Bahman and 12 Farvardin.",
        "Traffic to the site drops during the Tasua and Ashura holidays (9–10 Muharram).",
        "Schools reopen on 1 Mehr (23 September), which is a big day for stationery brands.",
    ],
    "figure-table": [
        "The results are shown in the chart (Figure {q}).",
        "Costs are listed in the budget (Appendix {q}).",
        "Table {q} (page {sid}) compares the four banks.",
    ],
    "percentage-bracket": [
        "Most respondents were women ({pct}%).",
        "Mobile accounts for most orders ({pct}% of traffic, {gd}).",
        "Inflation remained very high (above 40%) for three years.",
    ],
    "web-address": [
        "Orders can be placed at www.example-shop.ir or through {app}.",
        "Customers write to support@example-shop.ir (replies within 24 hours).",
        "{B}'s Instagram page (@{B}_official) is managed in-house.",
    ],
    "slogan": [
        "Kalleh's line ‘Kalleh, the taste of nature’ has been used for years.",
        "The slogan “Happy moments with {B}” appears on every channel.",
        "Irancell's old tagline 'Connect to the world' was dropped in {gd}.",
    ],
    "cross-reference": [
        "This is discussed further in Task 2 (b).",
        "The persona (see Appendix 1) is based on five interviews.",
        "See section 3.{q} above for the SWOT analysis.",
    ],
    "religious-calendar": [
        "Ramadan moved earlier this year (1 Ramadan 1445 was 11 March 2024).",
        "Eid al-Ghadir (18 Dhu al-Hijjah) is also a gift-giving day for some families.",
        "Muharram ({gd}) is a period when brands reduce festive advertising.",
    ],
    "age-range": [
        "The target segment is young urban adults (aged 18–35).",
        "Gen Z (born 1997–2012) makes up a large part of {B}'s followers.",
        "Most buyers are parents (aged 30–45) with school-age children.",
    ],
    "money-conversion": [
        "One toman is ten rials (1 toman = 10 IRR).",
        "The new currency law plans to remove four zeros (10,000 rials = 1 new toman).",
        "Salaries in Dubai are paid in dirhams (AED {n},000 a month).",
    ],
    "company-history": [
        "Kalleh was founded in Amol (1991) and now exports to many countries.",
        "Digikala started as a small online shop (2006) and became Iran's biggest e-commerce platform.",
        "Snapp (launched 2014) is often compared with Uber.",
    ],
}  # fmt: skip

SCARE_QUOTES = ["‘toman-sensitive’", "'cash on delivery'", "“super-app”", "‘Instagram shop’", "'Tehranto'",
                "‘card-to-card’", "«tarof»", "‘Made in Iran’", "'jeans economy'", "‘Snapp culture’",
                "“premium Persian”", "‘halal-friendly’"]  # fmt: skip
SCARE_FRAMES = [
    "Many small sellers describe themselves as an {Q} {P}.", "So-called {Q} payments are still common {P}.",
    "The idea of a {Q} is now used by banks as well {P}.", "Some marketers call Iranian shoppers {Q} {P}.",
    "{B} positions itself as {Q} in the diaspora market {P}.", "The term {Q} is used loosely in Iran {P}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Nowruz Mobarak! 20% off everything’", "“Your Yalda box is waiting”", "'Last day of the {M} sale'",
                 "‘Free delivery in Tehran this week’", "“Ramadan Kareem: special iftar offers”",
                 "'Your cashback from {B} is ready'", "‘Only 48 hours: up to 50% off’"]  # fmt: skip
SUBJECT_FRAMES = [
    "A message like {Q} increased the open rate {P}.", "{B} sent {Q} to inactive customers {P}.",
    "Short SMS texts such as {Q} work well in Iran {P}.", "The push notification {Q} had the best click rate {P}.",
    "Testing {Q} against a plain version showed a clear winner {P}.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one textbook says, {Q} {P}.", "This is well explained: {Q} {P}.",
    "{N} put it simply: {Q}.", "It has been stated that {Q} {P}, which {B} should consider.",
    "One Iranian study concluded that {Q} {P}.", "Marketers are reminded that {Q} {P}.",
]  # fmt: skip
