"""The prose of the "blind116" pool, HELD OUT: never tune the checker on it; report its tables, never its misses.

A hundred-and-sixteenth independent pool, written without reading the checker, its tests or any other pool, as
marketers in Tanzania and Uganda and their diaspora (Dar es Salaam, Arusha, Zanzibar, Mwanza, Dodoma, Kampala,
Entebbe, Gulu, Mbarara; London, Nairobi, Toronto) write CIM Level 6 and 7 reports and MBA assignments: at banks and
SACCOs, telecoms and mobile money, breweries and soft-drink bottlers, coffee, tea, sugar and fish exporters, safari
and hotel groups, supermarkets, media houses, NGOs and agencies. Shillings written TZS, TSh, UGX and USh, Acts cited
as "Cap. 212" or "Act No. 6 of 2019", the Bank of Tanzania, the Bank of Uganda, TCRA, UCC, NEMA and the URA, Saba
Saba, Nane Nane, Heroes' Day, Ramadan and the school-term calendars; Swahili and Luganda words in the prose.
``{N}``, ``{P}``, ``{C}``, ``{B}``, ``{A}``, ``{O}`` and ``{Q}`` mean what they mean in text.py; ``values`` gives
the placeholders only these frames use.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Vodacom", "M-Pesa", "Tigo Pesa", "Airtel Money", "MTN MoMo", "Halotel", "CRDB Bank", "NMB Bank",
          "Stanbic Uganda", "Centenary Bank", "dfcu Bank", "Azam", "Kilimanjaro Premium Lager", "Safari Lager",
          "Serengeti Lite", "Bell Lager", "Nile Special", "Club Pilsener", "Mirinda", "Coca-Cola Kwanza", "Rwenzori water",
          "Uhai water", "Africafé", "Good African Coffee", "Chai Bora", "Kakira Sugar", "Kilombero Sugar", "Shoppers Plaza",
          "Capital Shoppers", "Carrefour Uganda", "Serena Hotels", "Kempinski Zanzibar", "Precision Air", "Uganda Airlines",
          "Air Tanzania", "SafeBoda", "Jumia", "Mwananchi", "Daily Monitor", "Clouds FM", "NTV Uganda", "Twiga Cement",
          "Bakhresa's Azam Cola", "Tanga Fresh", "Fresh Dairy", "Mukwano", "Selcom", "Wasafi"]  # fmt: skip

NARRATIVE_START = [
    "{N} argues that {C}.", "{N} found that {C}, although the sample was drawn only from Dar es Salaam.",
    "{N} established that {C}.", "{N} observed that {C}, which is very relevant for {B}.",
    "{N} concluded that {C}; this agrees with what {B} reports in its own annual results.",
    "{N} noted that {C}, especially among {A} in upcountry regions.", "{N} contends that {C}.",
    "{N} revealed that {C}.", "{N} asserts that {C}, a point that marketers in Kampala cannot ignore.",
    "{N} emphasised that {C}.", "{N} also found that {C} and that {C2}.", "{N} posits that {C}.",
    "{N} recommends that firms such as {B} should check whether {C}.", "{N} showed that {C} in the East African context.",
    "{N} took the view that {C}.", "{N} reported that, since the {Y} elections, {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "In a study of SACCO members in Moshi, {N} found that {C}.", "{O}, {N} argued that {C}.",
    "This is in line with {N}, who found that {C}.", "{C}, which supports the findings of {N}.",
    "{C} – a view also held by {N}.", "As observed by {N}, {C}.", "According to {N}, {C}.",
    "{B} is a good example: {N} showed that {C}.", "A survey by {N} in Mwanza and Shinyanga found that {C}.",
    "{C}, as {N} noted in the case of Ugandan telecoms.", "It can be argued, following {N}, that {C}.",
    "In the Tanzanian context, {N} established that {C}.", "{C}; however, {N} found the opposite among {A}.",
    "Evidence from {N} suggests that, for {A}, {C}.", "Data from {N} indicate that {C}.",
    "Writing about Gulu and northern Uganda, {N} found that {C}.", "{C}, according to {N}.",
    "Like {N}, this report finds that {C}.", "Unlike {B}, whose strategy rests on {T}, the firms studied by {N} show that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study shows that {C}.", "Using {N} framework, it is clear that {C}.", "{O}, {N} report concluded that {C}.",
    "{B} could adopt {N} model, since {C}.", "According to {N} survey, {C}.", "{N} findings matter here because {C}.",
    "This reflects {N} argument that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "Studies in East Africa show that {C} {P}.", "{B} is no exception, since {C} {P}.",
    "For {A}, {C} {P}.", "This matters because {C} {P}.", "{C}, particularly in Dar es Salaam and Kampala {P}.",
    "It is often claimed that {C} {P:see}.", "Several studies report that {C} {P:e.g.}.", "{C} (see Table {q}) {P}.",
    "In short, {C} {P}.", "{C}, which is why {B} invests in {T} {P}.", "Put simply: {C} {P}.",
    "Recent data from the region confirm this – {C} {P}.", "A key lesson for {B} is that {C} {P}.",
    "{C}. {P}", "{C} {P:see also}.", "{C}, as several Ugandan studies show {P:for example,}.",
    "Mobile money, agency banking and bundles all point the same way {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, but {C2}.", "{C} {P}; {C2}.", "While {C} {P}, {C2}.",
    "Although {C} {P}, it is also true that {C2}.", "{B} has learnt that {C} {P} – and {C2}.",
    "{C} {P:see}, whereas {C2}.", "Because {C} {P}, {B} must ensure that {C2}.", "Some authors {P:e.g.} argue that {C}.",
    "{C} {P}: this means that {C2}.", "{O}, {C} {P}, so {C2}.",
]  # fmt: skip
CLAIMS = [
    "{A} trust mobile money agents more than bank branches", "{T} raised {R} by about {q}0% in a six-week trial",
    "{B}'s reliance on {T} leaves it exposed when the excise duty changes", "SACCO members are loyal to the society rather than to any brand",
    "Swahili-language radio still reaches more {A} than Instagram does", "bodaboda riders act as informal brand ambassadors",
    "price is the main driver of beer choice outside Dar es Salaam", "returnable glass bottles lock retailers into one bottler",
    "agency banking has brought {A} into the formal financial system", "the mobile money levy pushed {A} back to cash",
    "tourists who book through local operators spend more in Zanzibar", "specialty coffee buyers pay for the co-operative's story",
    "supermarkets in Kampala compete on convenience rather than price", "WhatsApp is the main sales channel for small traders in Kariakoo",
    "Bongo Flava endorsements lift awareness but not always {R}", "customer complaints to TCRA rise after every tariff change",
    "{A} expect bundles that match their daily income", "NGO campaigns work best when local leaders deliver the message",
    "Ramadan and the festive season shift soft-drink demand sharply", "firms like {B} need to {bs} to keep market share",
    "trust in a brand grows through word of mouth at the duka", "Luganda-language content earns more engagement in central Uganda",
]  # fmt: skip
OPENERS = [
    "Furthermore", "In addition", "On the other hand", "For instance", "In Tanzania", "In Uganda", "For {B}'s marketing team",
    "Since the COVID-19 pandemic", "In the context of {B}", "From the customer's point of view", "Nevertheless",
    "Consequently", "Within the East African market", "As a result", "Looking at {B}'s competitors", "Overall",
    "In the diaspora market", "Upcountry", "Interestingly",
]  # fmt: skip
PLAIN = [
    "{B} was founded in Dar es Salaam and now operates in {q} East African countries.",
    "This report analyses {B}'s marketing environment and recommends a plan for the next financial year (July to June).",
    "The table below summarises {B}'s key performance indicators per channel.",
    "{B}'s Instagram page has over {n}k followers, but engagement is low outside Dar es Salaam.",
    "The recommendations are costed in Tanzanian shillings and phased over twelve months.", "{O}, {C}.",
    "{B} advertises on Clouds FM, Azam TV and Instagram, with most of its budget on radio.",
    "Customers pay by M-Pesa, Tigo Pesa, Airtel Money or cash on delivery.",
    "A PESTLE analysis of {B} is attached as Appendix 2.", "Task 2 builds on this with a customer-experience plan for Kampala.",
    "The author works in the marketing department of a commercial bank in Arusha.",
    "The main competitors are {B} and two regional brands from Kenya.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one textbook puts it, {Q} {P}.", "In other words, {Q} {P}.", "{O}, {Q} {P}.",
    "This is summarised well: {Q} {P}.", "{N} put it plainly: {Q}.", "{N} writes that {Q}.",
    "The point is that {Q} {P}, and {B} has yet to act on it.", "{Q} {P}; this report agrees.",
]  # fmt: skip
SCARE_QUOTES = ["‘mtandao’", "‘kuja kwetu’", "‘bundle culture’", "‘Bongo style’", "‘pay as you go’", "‘tuko pamoja’",
                "'agent first'", "“last mile”", "‘kiosk economy’", "“Made in Uganda”", "'Buy Uganda, Build Uganda'",
                "‘Tanzania Unforgettable’", "“the Pearl of Africa”", "‘jua kali’"]  # fmt: skip
SCARE_FRAMES = [
    "Marketers in Dar es Salaam now speak of {Q} {P}.", "{B} calls its approach {Q} {P}.",
    "What candidates call {Q} is really a distribution strategy {P}.", "{N} describes this as {Q}.",
    "The idea of {Q} is now common in Kampala agencies {P}.", "The government campaign {Q} shaped buying habits {P}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Karibu tena! 20% off your next bundle’", "“Your {M} order is on its way”", "‘Lipa kwa M-Pesa, pata zawadi’",
                 "'Eid Mubarak from all of us'", "“Happy Heroes’ Day: double data tonight”", "‘Nane Nane offers end Sunday’",
                 "'Webale! Your loyalty points have arrived'", "“Back to school: school fees by mobile money”",
                 "‘Saba Saba deals inside’"]  # fmt: skip
SUBJECT_FRAMES = [
    "An SMS headed {Q} had the highest redemption rate {P}.", "{B}'s message {Q} was sent to dormant customers {P}.",
    "Testing {Q} against a plainer version showed the value of Swahili copy {P}.", "{N} gave the subject line {Q} as an example.",
    "A push notification such as {Q} creates urgency {P}, but too many annoy users.",
]  # fmt: skip

_ACTS = ["Personal Data Protection Act, 2022", "Data Protection and Privacy Act 2019", "Fair Competition Act, Cap. 285",
         "Electronic and Postal Communications Act, Cap. 306", "Uganda Communications Act 2013", "Tourism Act, Cap. 65",
         "Co-operative Societies Act, Cap. 211", "National Payment Systems Act, 2015", "Companies Act, Cap. 212",
         "Tanzania Revenue Authority Act, Cap. 399", "Excise (Management and Tariff) Act, Cap. 147", "Finance Act 2023"]  # fmt: skip
_CAMPAIGNS = ["Tuko Pamoja", "Kazi Iendelee", "Wekeza na Sisi", "Pamoja Tunaweza", "Nyumbani ni Nyumbani",
              "Tusonge Mbele", "Kili Challenge", "Buy Uganda Build Uganda", "Bonga na Sisi", "Tembea Tanzania"]  # fmt: skip
_EVENTS = ["Saba Saba trade fair", "Nane Nane farmers' show", "Sauti za Busara festival", "Nyege Nyege festival",
           "Kampala City Festival", "Zanzibar International Film Festival", "Karibu-Kilifair", "Uganda Martyrs' Day pilgrimage",
           "Kilimanjaro Marathon", "Rolex Festival"]  # fmt: skip
_PRODUCTS = ["Kilimanjaro Premium Lager 500ml", "Safari Lager 330ml", "Azam Cola 350ml", "Uhai 1.5L", "Nile Special 500ml",
             "Chai Bora 100g", "Africafé 50g", "Tigo Pesa Wakala", "Vodacom Tuzo", "M-Pawa", "MoKash", "Wakala Plus",
             "Tecno Spark 10", "itel A70", "Samsung Galaxy A14"]  # fmt: skip
_PEOPLE = ["Julius Nyerere", "Ali Hassan Mwinyi", "Benjamin Mkapa", "Jakaya Kikwete", "John Magufuli", "Samia Suluhu Hassan",
           "Yoweri Museveni", "Milton Obote", "Idi Amin", "Diamond Platnumz", "Eddy Kenzo", "Bobi Wine", "Said Salim Bakhresa",
           "Mohammed Dewji", "Sudhir Ruparelia"]  # fmt: skip
_LIVES = {"Julius Nyerere": "1922–1999", "Benjamin Mkapa": "1938–2020", "John Magufuli": "1959–2021",
          "Milton Obote": "1925–2005", "Idi Amin": "c. 1925–2003", "Ali Hassan Mwinyi": "1925–2024"}  # fmt: skip
_AWARDS = ["Superbrands East Africa", "Tanzania Marketing Awards", "Uganda Marketing Excellence Awards", "PR Awards Uganda",
           "Loeries", "East Africa Brand of the Year", "Presidential Manufacturer of the Year", "CIM Marketing Excellence Award"]  # fmt: skip
_REGULATORS = [
    "TCRA",
    "UCC",
    "NEMA",
    "URA",
    "TRA",
    "BoT",
    "BoU",
    "FCC",
    "TBS",
    "UNBS",
    "EWURA",
    "TMDA",
    "CMA",
    "UCDA",
    "TTB",
]
_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def values(rng: random.Random) -> dict[str, str]:
    """The placeholders only these frames use."""
    year = rng.randint(2008, 2024)
    person = rng.choice(list(_LIVES))
    return {
        "act": rng.choice(_ACTS), "camp": rng.choice(_CAMPAIGNS), "ev": rng.choice(_EVENTS), "prod": rng.choice(_PRODUCTS),
        "who": rng.choice(_PEOPLE), "life": f"{person} ({_LIVES[person]})", "award": rng.choice(_AWARDS),
        "reg": rng.choice(_REGULATORS), "telreg": rng.choice(["TCRA", "UCC"]), "iso": rng.choice(["9001", "14001", "22000", "45001"]), "tag": rng.choice(_CAMPAIGNS).replace(" ", ""), "census": rng.choice(["2002", "2012", "2014", "2022", "2024"]), "mon": rng.choice(_MONTHS), "yr": str(year), "yr2": str(min(year + rng.randint(1, 3), 2025)),
        "fy": f"{year}/{(year + 1) % 100:02d}", "tzs": f"{rng.randint(1, 950):,}", "bn": str(rng.randint(2, 900)),
        "ugx": f"{rng.randint(500, 95000):,}", "pc": str(rng.randint(3, 89)), "no": str(rng.randint(1, 15)),
        "cap": str(rng.choice([4, 65, 110, 134, 147, 211, 212, 285, 306, 332, 399])), "gn": str(rng.randint(12, 980)),
        "tin": f"{rng.randint(100, 199)}-{rng.randint(100, 999)}-{rng.randint(100, 999)}",
        "ussd": f"*{rng.choice([150, 149, 165, 185, 170])}*{rng.randint(0, 99):02d}#", "sh": str(rng.randint(2, 35)),
        "room": str(rng.randint(24, 420)), "km": str(rng.randint(12, 1200)), "bags": f"{rng.randint(1200, 90000):,}",
        "day": str(rng.randint(1, 28)), "term": str(rng.randint(1, 3)), "ac": str(rng.randint(110, 799)),
        "hijri": str(rng.randint(1435, 1446)), "kg": str(rng.choice([60, 50, 25])), "grade": rng.choice(["AA", "AB", "PB", "C", "Screen 18", "FAQ"]),
    }  # fmt: skip


NOT_CITATIONS = {
    "act-with-year": ["The {act} requires {B} to register with the regulator before launching the app.",
                      "Under the {act}, customers must consent before their numbers are used for bulk SMS."],
    "act-number": ["The law was amended by the Finance Act (Act No. {no} of {yr}).",
                   "Consumer data now falls under a new statute (Act No. {no} of {yr}) and its regulations."],
    "cap-number": ["Company names are registered under the Companies Act (Cap. {cap} R.E. 2002).",
                   "The co-operative is registered under Cap. {cap} and files returns every June."],
    "government-notice": ["The regulations were published as GN No. {gn} of {yr}.",
                          "The tariff ceiling (Government Notice No. {gn}, {yr}) applies to all operators."],
    "regulator-year": ["All bulk SMS senders must be licensed ({telreg}, {yr} rules).",
                       "The sender ID was approved by the regulator ({telreg} licence {yr}/{no})."],
    "regulator-ruling": ["{reg} fined two operators in {yr} for unsolicited promotional messages.",
                         "After the {telreg} directive of {mon} {yr}, all SIM cards had to be re-registered biometrically."],
    "tzs-amount": ["Airtime sales reached TZS {bn} billion in {yr}.", "A crate of 25 bottles costs TSh {tzs},000 at the depot."],
    "ugx-amount": ["The monthly bundle costs UGX {ugx} (about USD {sh}).", "Market prices rose to USh {ugx} per kilo in {mon} {yr}."],
    "financial-year": ["Revenue grew in the {fy} financial year.", "The budget speech for {fy} raised excise duty on beer and soft drinks."],
    "year-range-bracket": ["Mobile money accounts grew fast ({yr}–{yr2}).", "Tourist arrivals fell sharply (COVID-19, {yr}–{yr2})."],
    "percentage-bracket": ["Most respondents preferred Swahili adverts ({pc}%, n = {n}).", "Rural penetration is still low ({pc}% of adults, {yr})."],
    "sample-size": ["Questionnaires were given to SACCO members in Moshi (n = {n}).", "The pilot covered {q} districts (N = {n} households)."],
    "table-figure": ["The results are shown below (Table {q}.{no}).", "Subscriber growth is plotted in the appendix (Figure {q}, {yr} data)."],
    "saba-saba": ["{B} launched the bundle at the Saba Saba grounds (7 July {yr}).", "Sales peak around Saba Saba (7/7) every year."],
    "nane-nane": ["The co-operative exhibits at Nane Nane (8 August {yr}) in Dodoma.", "Seed sales double in the week before Nane Nane ({yr})."],
    "heroes-day": ["Uganda marks Heroes' Day on 9 June, and {B} ran a tribute campaign in {yr}.",
                   "The promotion ended on Heroes’ Day (9 June {yr})."],
    "public-holiday": ["Offices were closed for Union Day (26 April {yr}).", "The sale ran from Independence Day (9 October) to Christmas in {yr}."],
    "ramadan": ["Iftar promotions ran throughout Ramadan ({hijri} AH).", "Soft-drink volumes rose during Ramadan ({mon} {yr})."],
    "eid": ["Eid al-Fitr ({yr}) was the busiest day of the quarter for {B}.", "Airtime top-ups peaked at Idd el-Hajj ({day} {mon} {yr})."],
    "school-term": ["School-fee payments by mobile money spike at the start of Term {term} ({mon} {yr}).",
                    "Demand falls in Term {term} ({yr}) when parents pay fees."],
    "life-dates": ["The heritage advert features archive footage of {life}.", "{life} is still quoted on billboards in Dar es Salaam."],
    "public-figure": ["{who} appeared in the {yr} campaign.", "A speech by {who} in {yr} was shared widely on WhatsApp."],
    "campaign-name": ["The ‘{camp}’ campaign ({yr}) ran on radio and billboards.", "{B} relaunched “{camp}” in {mon} {yr}."],
    "event-year": ["{B} sponsored the {ev} ({yr}).", "The activation at the {ev} {yr} reached about {n},000 people."],
    "award-year": ["{B} won the {award} ({yr}).", "The campaign was shortlisted at the {award} {yr}."],
    "product-code": ["Sales of {prod} rose after the price cut.", "The {prod} pack was relaunched in {yr} with a new label."],
    "ussd-code": ["Customers dial {ussd} to check their balance.", "The USSD menu ({ussd}) is still used more than the app."],
    "tin-number": ["The invoice shows the firm's TIN ({tin}) and VRN.", "Every supplier must quote a TIN (e.g. {tin}) on invoices."],
    "company-reg-year": ["{B} was incorporated in Tanzania in {yr} (reg. no. {n}{ac}).", "The firm listed on the DSE in {yr}."],
    "ticker": ["CRDB shares (DSE: CRDB) rose {pc}% in {yr}.", "MTN Uganda (USE: MTNU) paid an interim dividend in {mon} {yr}."],
    "legal-form": ["The bottler trades as Bonite Bottlers Ltd (incorporated {yr}) in Moshi.", "Mukwano Industries (U) Ltd opened a new plant in {yr}."],
    "co-op-union": ["The Kilimanjaro Native Co-operative Union (KNCU, founded 1933) still auctions coffee in Moshi.",
                    "Members of the union (KCU {fy} season) delivered {bags} bags."],
    "coffee-grade": ["Grade {grade} beans fetched the best prices at the Moshi auction in {yr}.",
                     "One {kg} kg bag of {grade} sold for USD {n} in {mon} {yr}."],
    "place-year": ["The Kampala office moved to Nakasero in {yr}.", "{B} opened a branch in Mbarara ({yr}) and another in Gulu ({yr2})."],
    "radio-frequency": ["The advert ran on Capital FM (91.3) every morning.", "Clouds FM (88.5) carried the jingle in {yr}."],
    "room-count": ["The resort in Nungwi has {room} rooms (opened {yr}).", "Occupancy fell to {pc}% in the long rains ({mon} {yr})."],
    "distance": ["The depot is {km} km from Dar es Salaam (about {q} days by truck).", "Fish is trucked {km} km from Mwanza to the airport."],
    "census": ["According to the national census ({census}), most households own a phone.", "The Population and Housing Census ({census}) counted households by region."],
    "survey-wave": ["The FinScope survey wave ({yr}) is not cited here because its figures are dated.",
                    "The questionnaire was adapted from a standard survey (Wave {q}, {yr})."],
    "vision-plan": ["The plan supports Tanzania Development Vision 2025 and Uganda Vision 2040.",
                    "Targets are aligned with the Third Five Year Development Plan (FYDP III, 2021/22–2025/26)."],
    "module-code": ["This assignment is submitted for module {ac} (MBA, {yr}/{yr2} intake).", "See the CIM unit brief (Level {q}, {yr})."],
    "swahili-proverb": ["As the saying goes, ‘haba na haba hujaza kibaba’ (little by little fills the pot).",
                        "The brand's tone follows the proverb ‘umoja ni nguvu’ (unity is strength)."],
    "clan-name": ["The founder, Mr Kato of the Ngeye (colobus monkey) clan, still chairs the board.",
                  "The family belongs to the Mmamba clan (lungfish) and runs three shops in Wandegeya."],
    "honorific": ["Hajji Abdul of Kiwatule (founder, {yr}) still signs every cheque.", "Mzee Kimaro (now retired) set up the first depot in {yr}."],
    "people-count": ["The SACCO grew from {n} members ({yr}) to over {bags}.", "{B} employs {n} staff (as of {mon} {yr})."],
    "exchange-rate": ["At the exchange rate used here (USD 1 = TZS 2,{ac}), the plan costs about USD {n},000.",
                      "All figures are converted at UGX 3,{ac} to the dollar ({mon} {yr})."],
    "hashtag": ["The hashtag #{tag} trended in {yr}.", "Posts tagged #TanzaniaUnforgettable{yr} reached {n}k users."],
    "handle": ["Follow the brand on Instagram (@{ac}tz) for offers.", "Complaints are handled on X (@{reg}_Official)."],
    "interview": ["A branch manager in Arusha (interviewed {day} {mon} {yr}) confirmed this.",
                  "Personal communication with a marketing officer at {B} ({mon} {yr}) supports this point."],
    "mpesa-transaction": ["One receipt read ‘Confirmed. TSh {tzs} sent to {B}’ ({day}/{no}/{yr}).",
                          "The transaction ID (QX{ac}{n}) appeared in the customer's SMS."],
    "iso-standard": ["The brewery is certified to ISO {iso}:{yr}.", "{B} meets the TBS mark of quality (TZS {n}:{yr})."],
    "vehicle-plate": ["The branded van (T {ac} DKR) toured Arusha in {yr}.", "Bodabodas with plates such as UEK {ac}Z carried the logo."],
}  # fmt: skip
