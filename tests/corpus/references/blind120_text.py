"""The prose of pool "blind120": marketers in Sudan, South Sudan and their diaspora writing CIM reports (HELD OUT).

A hundred-and-twentieth independent pool, written without reading the checker, its tests or any other pool: brand,
digital, trade and CRM marketers at banks and Islamic banks (Bank of Khartoum, Faisal Islamic Bank, KCB South
Sudan), telecoms and mobile money (Zain, MTN, Sudani, m-Gurush), gum-arabic, sesame, livestock and sugar
exporters, bottlers and flour mills, supermarkets, NGOs and UN agencies, airlines and agencies in Khartoum,
Omdurman, Port Sudan, Wad Madani, Juba, Wau and Malakal and in Cairo, Doha, Riyadh, London, Nairobi and Kampala.
Their sentences, claims, brands and the text that looks like a citation but is not: laws numbered "Act No. 3 of
2019", decrees, circulars, S.D.G and SSP figures, Ramadan and Eid, Independence Days, the 2019 revolution and the
2023 war, USSD codes, people with dates who are no authors. HELD OUT: never tune on it; report its tables only.
"""

# ruff: noqa: E501  (frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Zain", "Zain Sudan", "MTN South Sudan", "Sudani", "m-Gurush", "Bankak", "Bank of Khartoum", "Faisal Islamic Bank",
          "Omdurman National Bank", "KCB South Sudan", "Equity Bank", "DAL Group", "Sayga", "Coca-Cola Sudan", "Kenana",
          "Sakia", "Al-Waha Mall", "Afra Mall", "Tarco", "Badr Airlines", "Nile Beverages", "Haggar", "CTC Group",
          "Pepsi", "Lipton", "Nido", "Capo", "Bravo", "Mumtaz", "Rapid Link", "Talabat", "Ethiopian Airlines",
          "Juba Mall", "Crown Hotel Juba", "Al-Jazeera Sweets", "Amal Supermarket", "SudaPay", "Nile Petroleum"]  # fmt: skip

NARRATIVE_START = [
    "{N} argued that {C}.", "{N} found that {C}, especially in Khartoum State.", "{N} noted that {C}.",
    "{N} confirmed that {C}, which is relevant to {B}.", "{N} observed that {C} among {A} in Juba.",
    "{N} concluded that {C}; this matches what {B} saw during Ramadan.", "{N} states that {C}.",
    "{N} explains that {C} (for example through {T}).", "{N} emphasised that {C} after the 2023 war.",
    "{N} discussed how {C}.", "{N} recommended that marketers in Sudan make sure {C}.",
    "{N} showed that {C}, even when the pound collapsed.", "{N} clarified that {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "According to {N}, {C}.", "{O}, {N} found that {C}.", "As mentioned by {N}, {C}.",
    "{C}, as {N} pointed out.", "This agrees with {N}, who showed that {C}.",
    "In the Sudanese context, {N} argued that {C}.", "{B} can learn from {N}, who found that {C}.",
    "{C}; however, {N} found the opposite in rural areas.", "A study in Wad Madani by {N} found that {C}.",
    "From a diaspora point of view, {N} suggested that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study in Omdurman showed that {C}.", "{O}, {N} model explains why {C}.",
    "{N} findings suggest that {C}.", "{N} framework was applied to {B} and showed that {C}.",
    "Based on {N} survey of {n} customers, {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "It is known that {C} {P}.", "Many researchers agree that {C} {P:see}.",
    "In Sudan, {C} {P}.", "{C}, especially for {A} {P:e.g.}.", "In South Sudan, {C} {P}.",
    "This is very important because {C} {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, while {C2}.", "{C} {P}; at the same time, {C2}.", "{C} {P}, but in Juba {C2}.",
    "{O}, {C} {P}, and {C2}.",
]  # fmt: skip
CLAIMS = [
    "{A} trust mobile money more than bank branches", "customers in Khartoum switch networks when data prices rise",
    "Islamic banks win customers through trust and Sharia compliance", "{T} raises {R} among {A}",
    "{B} must build trust before it can raise prices", "word of mouth is stronger than advertising in Sudan",
    "remittances from the Gulf shape spending during Ramadan", "service quality drives loyalty in Sudanese banks",
    "the 2023 war moved shoppers from cash to apps like Bankak", "brand image matters more than price for {A}",
    "exporters of gum arabic need a clear origin story", "{A} in Juba prefer brands they see on Facebook",
    "hyperinflation makes price promotions lose their effect", "{B} gains {R} when it sponsors Eid events",
    "agent networks are the main touchpoint for rural customers", "halal certification reassures Gulf buyers of Sudanese meat",
    "NGOs need local language messages to reach displaced people", "campaigns built on {T} work best in Sudanese Arabic",
]  # fmt: skip
OPENERS = ["However", "In addition", "Furthermore", "For {B}", "On the other hand", "In the Sudanese market",
           "After the 2019 revolution", "Since April 2023", "In South Sudan", "Moreover"]  # fmt: skip
PLAIN = [
    "{B} sells through agents, its app and its branches in Khartoum, Port Sudan and Wad Madani.",
    "The company moved its head office to Port Sudan after the fighting reached Khartoum.",
    "{B} reaches most customers through WhatsApp groups and Facebook pages.", "{O}, {C}.",
    "Most staff now work from Cairo, Kampala or Nairobi.", "Prices are set in US dollars and converted daily.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one author put it, {Q} {P}.", "{N} stated that {Q}.", "It is argued that {Q} {P}.",
    "{N} wrote: {Q}.", "In the words of {N}, {Q}.",
]  # fmt: skip
SCARE_QUOTES = ["‘Sudani 24’", "‘bank of the people’", "“cash is king”", "\"buy Sudanese\"", "‘hawala’", "“kashif”",
                "‘Nafeer’", "“new Sudan”"]  # fmt: skip
SCARE_FRAMES = [
    "Many customers still prefer {Q} transfers {P}.", "{B} calls its campaign {Q} {P}.",
    "The idea of {Q} is common in Sudanese marketing {P}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Ramadan Kareem: double bundles all month’", "“Eid Mubarak – send money home free”",
                 "'Your Bankak transfer is ready'", "‘Recharge now with *121# and get double’", "“Happy 9 July, South Sudan!”"]  # fmt: skip
SUBJECT_FRAMES = [
    "The SMS {Q} had the highest response {P}.", "{B} sent the message {Q} to all subscribers {P}.",
    "An SMS headed {Q} doubled recharges {P}.",
]  # fmt: skip

NOT_CITATIONS = {
    "act-number-of-year": ["Mobile money agents must be licensed under the Telecommunications and Postal Regulation Act No. {k} of {Y}.",
                           "The Consumer Protection Act No. {k} of {Y} gives customers the right to a refund."],
    "presidential-decree": ["Tariffs changed after Presidential Decree No. {k} ({Y}).", "The ministry acted under Presidential Decree No. {k} of {Y}."],
    "republican-order": ["Exports were suspended by Republican Order No. {k} ({Y}).", "A Republican Decree (No. {k}, {Y}) created the new board."],
    "cbos-circular": ["{B} followed the Central Bank of Sudan Circular No. {k}/{Y}.", "Agents follow the CBoS circular ({k}/{Y}) on cash limits."],
    "boss-regulation": ["The Bank of South Sudan (BoSS) raised the reserve ratio in {Y}.", "Mobile money rules were issued by BoSS (Regulation {k} of {Y})."],
    "regulator-year": ["The TPRA licensed a fourth operator in {Y} (Licence No. {k}).", "The NCA renewed MTN's licence in 2021 (Licence No. {k})."],
    "acronym-bracket-year": ["The Sudanese Standards and Metrology Organization (SSMO) approved the new label in {Y}.",
                             "The National Revenue Authority (NRA) began collecting VAT in {Y}."],
    "sdg-figure": ["A loaf of bread now costs S.D.G {n} in Omdurman.", "The bundle price rose from SDG {n} to SDG {n2},500 (2021–2024)."],
    "ssp-figure": ["A bag of sugar in Juba sold for SSP {n},000 ({Y}).", "The fare was SSP {n2},000 in Konyo Konyo market."],
    "exchange-rate": ["The parallel rate reached {n2} SDG/USD (March 2022).", "The pound was floated (USD 1 = SDG 375) in February 2021."],
    "ramadan-date": ["Sales peaked in Ramadan 1445 AH (March–April 2024).", "The campaign ran from 1 Ramadan to Eid al-Fitr ({Y})."],
    "eid-event": ["{B} gave free minutes on Eid al-Adha ({Y}).", "Footfall doubled before Eid al-Fitr {Y}."],
    "independence-day": ["Sudan celebrates Independence Day on 1 January (since 1956).", "South Sudan's Independence Day (9 July 2011) is a key date for {B}."],
    "revolution-date": ["The December Revolution (19 December 2018) changed youth attitudes to brands.", "After the fall of al-Bashir (11 April 2019), trust in banks fell."],
    "war-date": ["The war that began on 15 April 2023 closed most branches in Khartoum.", "Since the fighting (April 2023), {B} has operated from Port Sudan."],
    "sit-in-event": ["The sit-in at the General Command (April–June 2019) became a symbol for young Sudanese.",
                     "The 30 June marches (2019 and 2022) were organised on Facebook."],
    "person-dates": ["Osman Digna (1840–1926) is still used as a name for shops in Port Sudan.",
                     "The poet Mahjoub Sharif (1948–2012) is quoted in many adverts."],
    "leader-year": ["John Garang (1945–2005) remains a symbol on SSP banknotes.", "The Mahdi (1844–1885) gave his name to the Mahdiyya period."],
    "artist-year": ["Mohammed Wardi's concerts (1989) are still shared on YouTube.", "The singer Nancy Ajaj performed at the Eid festival ({Y})."],
    "ussd-code": ["Customers dial *{ussd}# to check their balance.", "m-Gurush users send money with *{ussd}*1# (2024 tariff)."],
    "short-code": ["The SMS short code {k}{k} is free for Zain users.", "Customers call the helpline on {k}{k}{k}."],
    "phone-number": ["Orders are taken on +249 9{k} {n} {n2}.", "The Juba office answers on +211 92{k} {n} {n2}."],
    "product-model": ["{B} launched the Tecno Spark {k} bundle in {Y}.", "The Itel A{k} phone sold well in Wau (Model {k}0)."],
    "bundle-name": ["The Zain Super {k}GB bundle costs less during Ramadan.", "MTN's Yello {k} plan was relaunched ({Y})."],
    "percentage-bracket": ["Mobile penetration rose to {k}% ({Y}).", "Inflation reached {n}% (year on year, June {Y})."],
    "sample-size": ["Most respondents were from Omdurman (n = {n}).", "The questionnaire was answered by {n} students (response rate {k}%)."],
    "figure-table": ["The results are shown below (Table {k}).", "Brand awareness is summarised in the chart (Figure {k})."],
    "quarter-year": ["Subscriptions fell in the second quarter (Q{q} {Y}).", "{B} reported strong results (H1 {Y})."],
    "year-range": ["Gum arabic exports grew steadily ({Y}–{Y2}).", "The transitional period ({Y}–{Y2}) opened the economy."],
    "season-harvest": ["Sesame prices fall after the harvest (October–December {Y}).", "The gum arabic season ({Y}/{Y2}) started late."],
    "fiscal-year": ["The budget for FY {Y}/{Y2} cut the fuel subsidy.", "South Sudan's fiscal year runs from July to June (FY{Y2})."],
    "university-founded": ["The University of Khartoum (founded 1902 as Gordon Memorial College) trains most bankers.",
                           "Ahfad University for Women (est. 1966) runs a marketing course."],
    "company-founded": ["Bank of Khartoum (established 1913) is the oldest bank in Sudan.", "DAL Group (since 1951) owns several food brands."],
    "org-acronym-year": ["The UN mission (UNMISS, set up in July 2011) employs many local staff in Juba.", "The revitalised peace deal (R-ARCSS, signed in September 2018) opened new markets."],
    "agreement-year": ["The Comprehensive Peace Agreement (2005) led to the referendum.", "The Juba Peace Agreement (October 2020) was signed by several groups."],
    "referendum": ["In the referendum (January 2011), 98.83% voted for separation.", "The referendum result (9 January {Y}) was celebrated in Juba."],
    "award-year": ["{B} won the Best Mobile Money Service award ({Y}).", "The bank received the Islamic Finance Award (Global Islamic Finance Awards {Y})."],
    "festival-event": ["The Khartoum International Fair ({Y}) attracted many exporters.", "{B} sponsored the Juba Music Festival ({Y})."],
    "sport-event": ["Al-Hilal and Al-Merrikh (the {Y} derby) drew huge audiences.", "South Sudan's basketball team (AfroBasket {Y}) was a marketing moment."],
    "place-bracket": ["Sales were highest in Bahri (Khartoum North).", "The new branch is in Souq Libya (Omdurman)."],
    "state-number": ["Customers in Block {k} (Juba) use mobile money more.", "The warehouse is in Industrial Area {k}, Port Sudan."],
    "road-address": ["The flagship store is on Africa Road (Street {k}).", "Offices are at Plot {k}, Hai Malakal, Juba."],
    "registration-number": ["The company is registered in Khartoum (Reg. No. {n}{k}).", "The NGO's registration (RRC No. {n}/{Y}) was renewed."],
    "tin-number": ["Suppliers must show a TIN ({n}{n2}).", "The invoice lists the NRA TIN {n}-{n2}."],
    "hs-code": ["Gum arabic is exported under HS code 1301.20.", "Sesame seeds (HS 1207.40) are the main export to China."],
    "flight-number": ["Tarco flight 3T {n} now links Port Sudan and Cairo.", "Badr Airlines (J4 {n}) started flights to Juba in {Y}."],
    "hijri-year": ["The company was founded in 1375 AH (1956 CE).", "Zakat is calculated for the year {H} AH."],
    "coptic-or-church": ["Christmas is celebrated on 25 December in Juba (and 7 January by Copts).", "Easter sales in Wau ({Y}) were higher than usual."],
    "tv-programme": ["The drama Bit Kalam ({Y}) was sponsored by {B}.", "Sudan TV's Ramadan programme (episode {k}) showed the advert."],
    "newspaper-title-only": ["The story was on the front page of Al-Sudani (issue {n}).", "The Juba Monitor (No. {n}) ran a full-page advert."],
    "version-app": ["Bankak version {k}.{q} added QR payments.", "The m-Gurush app (v{k}.{q}, {Y}) crashed during Eid."],
    "course-code": ["This report was written for CIM Level {k} (Module {q}).", "The MBA module (MKT{n}) used this case."],
    "arabic-term-bracket": ["Customers trust the sanduq (rotating savings group) more than banks.", "Sharia boards approve every murabaha (cost-plus sale) product."],
    "quote-in-brackets": ["The slogan (\"Zain, a wonderful world\") is well known.", "Sudani's tagline ('Always closer') was used in {Y}."],
    "displacement-figure": ["Over {k} million people were displaced (by the end of {Y}).", "The camps near Kosti hosted {n},000 people (late {Y})."],
}  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """The fill values only this pool's frames use."""
    return {
        "k": str(rng.randint(1, 9)), "n2": str(rng.randint(100, 999)),
        "H": str(rng.randint(1430, 1446)), "ussd": rng.choice(["121", "333", "123", "444", "500"]),
    }  # fmt: skip
