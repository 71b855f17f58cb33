"""The blind138 pool's prose (HELD OUT): marketers in Kenya, Rwanda and their diaspora.

Written by a hundred-and-thirty-eighth hand without reading the checker, its tests or any other pool: CIM Level 6
and 7 and MBA candidates in Nairobi, Mombasa, Kisumu, Nakuru, Eldoret, Kigali, Musanze and Rubavu, and in London,
Minneapolis, Dallas, Brussels and Dubai, at banks and SACCOs, Safaricom and M-Pesa, Airtel Money, MTN Rwanda MoMo,
fintech lenders, tea, coffee, flower and dairy firms, supermarkets, breweries, airlines, media houses and agencies.
Decoys are what such reports carry that looks like a citation and is not: Acts by number and Gazette Supplement,
Rwandan laws by number and date, shillings and francs with years, paybill and till numbers, USSD codes, national
days (Madaraka, Mashujaa, Jamhuri, Kwibohora, Umuganura), people who are no authors, awards, events and places.
HELD OUT: never tune on it; report its tables, never its misses.
"""

# ruff: noqa: E501  (frames read best one to a line)
from __future__ import annotations

import random

NARRATIVE_START = [
    "{N} argue that {C}.",
    "{N} found that {C}, which is relevant to {B}.",
    "{N} observed that {C} in the Kenyan market.",
    "{N} established that {C}.",
    "{N} posits that {C}.",
    "{N} opine that {C}.",
    "{N} reveals that {C} among SACCO members in Nyeri and Meru.",
    "{N} carried out a study in Kigali and concluded that {C}.",
    "{N} are of the view that {C}.",
    "{N} contends that {C}, especially in the post-COVID period.",
]  # fmt: skip
NARRATIVE_MID = [
    "According to {N}, {C}.",
    "{O}, {N} notes that {C}.",
    "In a study of mobile money agents in Kisumu, {N} found that {C}.",
    "{C}, as {N} rightly point out.",
    "This is in line with {N}, who argue that {C}.",
    "{B} can borrow from {N}, who show that {C}.",
    "As observed by {N}, {C}.",
    "Similarly, {N} in their study of Rwandan SMEs found that {C}.",
    "{O}, the findings of {N} suggest that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study on M-Pesa users showed that {C}.",
    "{O}, {N} findings indicate that {C}.",
    "{N} model is useful here because {C}.",
    "{N} research in Rwanda confirms that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.",
    "{O}, {C} {P}.",
    "It has been established that {C} {P}.",
    "Studies done locally show that {C} {P}.",
    "In Kenya, {C} {P}.",
    "In the Rwandan context, {C} {P}.",
    "Literature indicates that {C} {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.",
    "{C} {P}; however, {C2}.",
    "{C} {P}, whereas {C2}.",
    "{C} {P}, although in Rwanda {C2}.",
]  # fmt: skip
CLAIMS = [
    "mobile money has changed how {A} save and borrow",
    "{B} relies on its agent network more than on advertising",
    "trust in the brand is built through word of mouth in chamas and churches",
    "{T} works better for {A} when it is in Swahili or Sheng",
    "customers in upcountry towns respond more to radio than to digital adverts",
    "SACCO members value dividends and quick loans above interest rates",
    "{B} could use {T} to grow {R} among {A}",
    "price is the main driver of switching between mobile networks",
    "digital lenders have raised both access to credit and over-indebtedness",
    "supermarket loyalty points matter less than location for {A}",
    "diaspora customers in London and Minneapolis pay for family bills through apps",
    "{A} reward brands that show local pride with higher {R}",
    "tea and coffee brands struggle to capture value beyond the auction",
    "the growth of {T} has raised {R} for East African brands",
    "a Rwandan brand that speaks Kinyarwanda builds trust faster than one that speaks only English",
    "{B} faces stiff competition from informal traders and kiosks",
]  # fmt: skip
OPENERS = [
    "However",
    "In the case of {B}",
    "Furthermore",
    "In addition",
    "On the other hand",
    "In Kenya",
    "In Rwanda",
    "For instance",
    "Nevertheless",
    "Locally",
]  # fmt: skip
PLAIN = [
    "{B} reaches most of its customers through agents, its app and USSD.",
    "The campaign ran on Citizen TV, Radio Jambo and TikTok for six weeks.",
    "{O}, {C}.",
    "Most customers in Kigali pay with MoMo rather than cash.",
    "The brand's customer care team answers on WhatsApp in English, Swahili and Kinyarwanda.",
    "{B} has branches in Nairobi, Mombasa, Kisumu, Nakuru and Eldoret.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.",
    "{O}, {Q} {P}.",
    "As one study put it, {Q} {P}.",
    "{N} put it plainly: {Q}.",
    "In the words of {N}, {Q}.",
    "This is captured well: {Q} {P}.",
    "{Q} {P}; this holds true for {B}.",
]  # fmt: skip
SCARE_QUOTES = ["‘hustler economy’", "‘pesa mkononi’", "‘Sheng marketing’", "‘chama culture’", "“Made in Rwanda”",
                "‘Buy Kenya, Build Kenya’", "‘digital lenders’", "‘Gen Z protests’", "‘side hustle’", "\"mama mboga\""]  # fmt: skip
SCARE_FRAMES = [
    "So-called {Q} brands have grown fast {P}.",
    "{B} positions itself within the {Q} {P}.",
    "The idea of {Q} shapes how {A} see banks {P}.",
    "Politicians and brands alike talk of the {Q} {P}.",
    "The {Q} campaign is a case in point {P}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Jamhuri Day offer: 20% off {M} this weekend’", "“Confirmed. You have received Ksh 500 bonus”",
                 "‘Black Friday ni leo! Up to 50% off’", "‘Eid Mubarak from all of us: free delivery’",
                 "“Murakoze! Your MoMo cashback is here”", "‘Your {M} order is on its way’",
                 "‘Ramadan Kareem: iftar deals at your nearest branch’"]  # fmt: skip
SUBJECT_FRAMES = [
    "An SMS reading {Q} lifted redemptions {P}.",
    "{B} sent {Q} to its loyalty members {P}.",
    "Short copy such as {Q} performs well with {A} {P}.",
    "The push notification {Q} doubled opens {P}.",
]  # fmt: skip
BRANDS = ["Safaricom", "M-Pesa", "Airtel Money", "MTN Rwanda", "MoMo", "M-Shwari", "Tala", "Branch", "Equity Bank",
          "KCB", "Stima Sacco", "Mwalimu Sacco", "Brookside", "KTDA", "Naivas", "Quickmart", "Carrefour Kenya",
          "Simba Supermarket", "EABL", "Bralirwa", "Kenya Airways", "RwandAir", "Bank of Kigali", "Java House",
          "Kenchic", "Bidco", "Twiga Foods", "Jumia Kenya", "Nation Media Group", "Inyange"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """The fill values only this pool's frames use, drawn from the builder's random source after the common ones."""
    return {
        "ksh": f"{rng.randint(2, 900):,}", "big": str(rng.randint(10, 980)), "pct": str(rng.randint(3, 87)),
        "town": rng.choice(["Nairobi", "Mombasa", "Kisumu", "Nakuru", "Eldoret", "Kigali", "Musanze", "Rubavu", "Thika", "Nyeri"]),
        "Y3": str(rng.randint(2008, 2025)),
        "kname": rng.choice(["Wanjiru Kamau", "Otieno Ochieng", "Grace Chebet", "Hassan Abdalla", "Nimisha Patel",
                             "Jean Claude Mugisha", "Uwase Aline", "Eric Niyonzima", "Peter Kiprono", "Fatuma Said"]),
        "pay": str(rng.randint(100000, 999999)), "till": str(rng.randint(100000, 9999999)),
        "num": str(rng.randint(1, 99)), "mo": rng.choice(["January", "March", "June", "August", "October", "December"]),
    }  # fmt: skip


NOT_CITATIONS = {
    "kenyan-act": ["Personal data must be handled under the Data Protection Act, 2019 (No. 24 of 2019).",
                   "The Act was published in Kenya Gazette Supplement No. 181 (Acts No. 24) in November 2019."],
    "cap-number": ["Broadcasting is governed by the Kenya Information and Communications Act (Cap. 411A).",
                   "Lenders fall under the Banking Act (Cap. 488) and the CBK Act (Cap. 491)."],
    "rwandan-law": ["In Rwanda, Law No 058/2021 of 13/10/2021 protects personal data.",
                    "The payment system is governed by Law No 061/2021 of 14/10/2021 (Official Gazette n° Special of 15/10/2021)."],
    "gazette-notice": ["The tariff was set out in Gazette Notice No. {num} of {Y}.",
                       "RURA published the change in the Official Gazette ({d}/0{q}/{Y})."],
    "cbk-circular": ["Lenders were told to stop listing small defaulters (CBK Banking Circular No. {q} of {Y3}).",
                     "The CBK cut the rate to {num}% (MPC meeting, {mo} {Y})."],
    "shilling-year": ["{B} made a profit of KSh {big} billion ({Y}).", "Revenue reached KES {big}bn in FY{Y}.",
                      "The budget was Kenya shillings {ksh} million (FY {Y}/{Y2})."],
    "franc-year": ["Turnover was RWF {big} billion ({Y}).", "The bundle costs 1,000 Rwandan francs (Frw) per week ({Y})."],
    "madaraka-day": ["Sales peak on Madaraka Day (1 June {Y}).", "The advert launched before Mashujaa Day (20 October)."],
    "jamhuri-day": ["The Jamhuri Day (12 December {Y}) promotion was run by {B}.",
                    "Kenya marked sixty years of independence on Jamhuri Day {Y}."],
    "kwibohora": ["The brand sponsored Kwibohora {num} (4 July {Y}).", "Umuganura (first Friday of August {Y}) is a harvest festival."],
    "umuganda": ["Shops close for Umuganda on the last Saturday of the month (from 8 a.m. to 11 a.m.).",
                 "Staff took part in Umuganda ({mo} {Y})."],
    "ramadan-eid": ["Mombasa shoppers buy more during Ramadan ({Y}).", "Trading hours change over Eid al-Fitr ({Y})."],
    "black-friday": ["{B} ran Black Friday deals ({d} November {Y3}).", "Sales doubled over Black Friday {Y3} (Jumia Kenya data)."],
    "paybill": ["Customers pay through Paybill {pay} (account number: ID).", "Pay via Lipa na M-Pesa, Till No. {till}."],
    "ussd-code": ["Customers dial *334# for M-Pesa and *182# for MoMo.", "M-Shwari is reached through *234# (launched {Y3})."],
    "person-not-author": ["{kname} ({num}), a shopkeeper in {town}, was interviewed.",
                          "The brand manager, {kname}, joined {B} in {Y}."],
    "founder-year": ["Safaricom's first CEO, Michael Joseph (2000–2010), drove the launch of M-Pesa.",
                     "Manu Chandaria (born 1929) built Comcraft into a regional group."],
    "president-term": ["Mwai Kibaki (2002–2013) liberalised the airwaves.", "The policy dates from President Kagame's Vision 2020 (2000)."],
    "athlete-year": ["Eliud Kipchoge (Berlin, 2022) is the face of the campaign.",
                     "Faith Kipyegon (1500m, Paris 2024) endorsed the brand."],
    "award-year": ["{B} won Superbrand of the Year (Superbrands East Africa, {Y}).", "The campaign took gold at the Loeries ({Y})."],
    "event-year": ["{B} exhibited at the Nairobi International Trade Fair ({Y}).", "The product was launched at Africa Tech Summit Kigali {Y}."],
    "rugby-sevens": ["Safari Sevens ({Y}) was sponsored by a brewer.", "The Kigali Marathon ({Y}) drew {big} runners."],
    "org-in-brackets": ["The licence was issued by the regulator (RURA, {Y}).",
                        "Agents must register with the Communications Authority of Kenya (CA) since {Y}."],
    "company-form": ["The firm trades as Naivas Ltd (formerly Naivas Supermarket Ltd, {Y}).",
                     "Safaricom PLC (NSE: SCOM) has over {big} million subscribers."],
    "stock-ticker": ["EABL (NSE: EABL) and KCB (NSE: KCB) fell in {Y}.", "BK Group PLC (RSE: BOK) listed in {Y}."],
    "product-model": ["The Neon Ray 2 ({Y}) was Safaricom's cheapest smartphone.", "The Lipa Later offer ({pct}% deposit) targets {A}."],
    "tariff-plan": ["The Tunukiwa bundle (KSh 99 for 1GB) sold out.", "The Yolo tariff (Frw 500, {Y3}) targeted students."],
    "survey-n": ["Most respondents agreed (n = {big}).", "The questionnaire was answered by {big} SACCO members (response rate {pct}%)."],
    "figure-table": ["Sales are shown below (Table {q}).", "The trend is clear (see Figure {num}, {Y} data)."],
    "quarter": ["Subscribers rose in the third quarter (Q3 FY{Y}/{Y2}).", "Market share was {pct}% (Q{q} {Y})."],
    "fiscal-year": ["The results are for the year ended 31 March {Y}.", "Its financial year runs from July to June (FY {Y}/{Y2})."],
    "date-slash": ["The data were collected on {d}/0{q}/{Y}.", "The meeting was held on 0{q}/{d}/{Y} (US format)."],
    "place-year": ["The pilot started in {town} ({Y}).", "The Mombasa store (opened {Y}) was the first at the coast."],
    "county-code": ["The survey covered Nairobi (County 047) and Kiambu (County 022).", "Kisumu County (042) had the highest uptake."],
    "vision-plan": ["The strategy is aligned with Kenya Vision 2030.", "Rwanda's NST1 (2017–2024) sets the priorities."],
    "census-year": ["Kenya's population was 47.6 million (2019 census).", "Rwanda's fifth census (RPHC5, 2022) counted 13.2 million people."],
    "ksh-price": ["A two-litre packet costs KSh {num}0 ({Y} prices).", "The crate price rose (Ksh {ksh}, {Y})."],
    "exchange-rate": ["The shilling traded at KES 1{num} to the dollar ({mo} {Y}).", "One US dollar bought RWF 1,{num}0 ({Y})."],
    "percent-year": ["Mobile money penetration reached {pct}% ({Y}).", "Financial inclusion rose to {pct}% (FinAccess {Y})."],
    "hashtag": ["The hashtag #SafaricomCares trended ({Y}).", "#RejectFinanceBill2024 trended in June."],
    "radio-station": ["Adverts ran on Radio Citizen (106.7 FM) and Kiss 100.", "KT Radio (96.7 FM) is popular in Kigali."],
    "swahili-phrase": ["The slogan ‘Twaweza’ (we can) was used from {Y}.", "The tagline ‘Tuinuane’ (let us lift each other) won hearts."],
    "kinyarwanda-phrase": ["The slogan ‘Turi kumwe’ (we are together) ran in {Y}.", "The campaign ‘Ndi Umunyarwanda’ (I am Rwandan) inspired brands."],
    "university-year": ["The author studied at Strathmore Business School (MBA class of {Y}).",
                        "The research was approved by the University of Nairobi ethics board (ref. UON/{num}/{Y})."],
    "licence-number": ["The lender holds a CBK licence (DCP No. {num}/{Y3}).", "Its ODPC registration (No. {till}) is valid."],
    "kra-pin": ["Invoices must show the KRA PIN (e.g. P05{till}X).", "Firms file VAT returns on iTax by the 20th."],
    "route-flight": ["Kenya Airways flight KQ 100 (Nairobi–London) was relaunched.", "RwandAir flight WB 700 (Kigali–London) started in {Y}."],
    "street-address": ["Its head office is at Safaricom House, Waiyaki Way (Westlands).",
                       "The shop is at KN 4 Ave, Kigali (opposite Kigali City Tower)."],
    "church-mosque": ["The chama meets after service at All Saints Cathedral (Sundays).",
                      "The Jamia Mosque (built 1902) is a landmark in Nairobi."],
    "matatu-route": ["Matatu route 46 (Kawangware) carries the adverts.", "Route 111 (Ngong) buses were branded in {Y}."],
    "diaspora-event": ["The Kenyan Diaspora Homecoming ({Y}) was held in Nairobi.", "Rwanda Day (Washington, {Y}) drew the diaspora."],
}  # fmt: skip
