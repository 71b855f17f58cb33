"""The blind217 pool's prose: marketers in Ethiopia, Kenya, Rwanda and Somalia and their diaspora.

Written without reading the checker, its tests or any other pool, from how candidates at banks, mobile-money and
fintech firms, airlines, coffee and tea exporters, breweries, telecoms, flower growers, NGOs and agencies in Addis
Ababa, Hawassa, Bahir Dar, Nairobi, Mombasa, Kisumu, Kigali, Hargeisa and Mogadishu, and in the diaspora (London,
Minneapolis, Washington DC, Toronto, Stockholm), write CIM Level 6 and 7 reports and MBA assignments in English.
Placeholders mean what they mean in text.py; these frames also use the fill values below: {ec} a year of the
Ethiopian calendar, {birr}, {ksh} and {rwf} prices, {pb} a paybill number, {till} a till number, {proc} a
proclamation's number, {fy} an academic or fiscal year, {mt} a marathon time, {tn} tonnes, {box} a PO box,
{city} a city, {pct} a percentage's number, {ttl} a title, {ppl} a person with a title, {yr} a recent year.
"""

# ruff: noqa: E501  (frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Ethiopian Airlines", "Ethio Telecom", "Safaricom", "M-PESA", "Equity Bank", "KCB", "Commercial Bank of Ethiopia",
          "Dashen Bank", "MTN Rwanda", "Hormuud", "Dahabshiil", "Bralirwa", "EABL", "Tusker", "Kenya Airways", "RwandAir",
          "Telebirr", "Awash Bank", "Bank of Kigali", "Java House", "Naivas", "Twiga Foods", "Airtel Kenya", "Zaad",
          "EVC Plus", "Habesha Breweries", "St. George Beer", "Kericho Gold", "Tomoca", "Kahawa 1893", "Sendwave",
          "Jumia Kenya", "Inyange Industries", "Somtel", "Premier Bank Somalia", "Chapa"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """Fill values only this pool's frames use, drawn after the common ones."""
    first = rng.randint(2016, 2024)
    return {
        "ec": str(rng.randint(2008, 2017)), "birr": f"{rng.choice([45, 150, 320, 1200, 2500, 15000])}",
        "ksh": f"{rng.choice(['100', '250', '1,000', '2,499', '10,000', '150,000'])}",
        "rwf": f"{rng.choice(['500', '1,000', '5,000', '20,000'])}", "pb": rng.choice(["247247", "522522", "400200", "888880", "303030"]),
        "till": str(rng.randint(100000, 999999)), "proc": rng.choice(["1205/2020", "1156/2019", "1180/2020", "1148/2019", "761/2012"]),
        "fy": f"{first}/{str(first + 1)[2:]}", "mt": rng.choice(["2:01:09", "2:03:59", "2:11:53", "2:16:52", "2:18:05"]),
        "tn": f"{rng.randint(90, 260)},{rng.randint(100, 999)}", "box": f"{rng.randint(1000, 99999)}-00{rng.choice(['100', '200', '606', '800'])}",
        "city": rng.choice(["Addis Ababa", "Hawassa", "Bahir Dar", "Nairobi", "Mombasa", "Kisumu", "Kigali", "Hargeisa", "Mogadishu",
                            "London", "Minneapolis", "Washington DC", "Toronto", "Stockholm"]),
        "pct": str(rng.randint(4, 88)), "ttl": rng.choice(["Ato", "W/ro", "Dr", "Hon.", "Mzee", "Eng.", "Prof."]),
        "ppl": rng.choice(["Ato Girma", "W/ro Almaz", "Dr Mesfin", "Hon. Wanjiku", "Mzee Kamau", "Eng. Mugisha", "Prof. Ngugi"]),
        "yr": str(rng.randint(2019, 2025)),
    }  # fmt: skip


NARRATIVE_START = [
    "{N} argue that {C}.", "{N} found that {C}, especially among {A} in {city}.", "{N} concluded that {C}.",
    "{N} note that {C}, which is very relevant to {B}.", "{N} established that {C} in the Ethiopian banking sector.",
    "{N} observed that {C}; this is also true for {B}.", "{N} reported that {C} after the {yr} tariff changes.",
    "{N} indicated that {C}.", "{N} asserts that {C}.", "{N} recommends that {C}.",
    "{N} revealed that {C}, although the sample was drawn only from {city}.",
    "{N} posits that {C} in mobile-money markets.", "{N} emphasised that {C} and that {C2}.",
    "{N} were of the view that {C}.", "{N} explain that {C} (for instance through agent networks).",
]  # fmt: skip
NARRATIVE_MID = [
    "According to {N}, {C}.", "{O}, {N} found that {C}.", "As stated by {N}, {C}.",
    "This agrees with {N}, who found that {C}.", "{C}, as indicated by {N}.", "{C} – a point also made by {N}.",
    "In a study of SACCOs in Kisumu, {N} showed that {C}.", "Research by {N} shows that {C}.",
    "A survey conducted by {N} revealed that {C}.", "In line with {N}, {C}.",
    "{B} illustrates this well: {N} found that {C}.", "It is argued by {N} that {C}.",
    "Drawing on {N}, this report takes the view that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study revealed that {C}.", "{O}, {N} findings suggest that {C}.", "{N} model shows why {C}.",
    "{N} survey of bank customers in {city} found that {C}.", "{N} framework helps explain why {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "Evidence from East Africa shows that {C} {P}.", "It has been established that {C} {P}.",
    "In Ethiopia, {C} {P}.", "Among {A} in {city}, {C} {P}.", "{C}, particularly for {B} {P}.",
    "Scholars agree that {C} {P:see}.", "Several studies show that {C} {P:e.g.}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, while {C2}.", "{C} {P}; however, {C2}.", "{C} {P}, and in Kenya {C2}.",
    "{C} {P}, although {C2}.",
]  # fmt: skip
CLAIMS = [
    "mobile money has become the main channel through which {A} pay for goods", "{B} depends on agent networks more than its rivals",
    "trust in the brand drives {R} more than price", "{T} raises {R} among {A}",
    "diaspora customers respond well to remittance promotions", "customers switch operators when data bundles become expensive",
    "service quality strongly predicts customer loyalty in banking", "{A} expect brands to speak their language, be it Amharic, Swahili, Kinyarwanda or Somali",
    "local beer brands gain from national pride", "social media marketing improves brand awareness for SMEs",
    "coffee exporters earn more when the origin is clearly branded", "price remains the main reason customers switch banks",
    "word of mouth spreads faster through WhatsApp groups than through paid media", "{B} could use {T} to win {A}",
    "perceived risk slows the adoption of digital banking among older customers", "sponsorship of athletics lifts brand recall",
]  # fmt: skip
OPENERS = ["However", "In the case of {B}", "Similarly", "In the Kenyan context", "For {B}", "Moreover",
           "In contrast", "In Ethiopia", "Furthermore", "In practice"]  # fmt: skip
PLAIN = [
    "{B} sells through its app, USSD menu and more than {n} agents.", "The campaign ran on radio, Facebook and TikTok for eight weeks.",
    "{O}, {C}.", "Most customers in {city} still pay in cash for small purchases.",
    "The marketing team has six members and reports to the chief commercial officer.",
    "Table {q} summarises the strengths and weaknesses of the current plan.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one author puts it, {Q} {P}.", "{N} states that {Q}.", "{O}, {Q} {P}.",
    "In the words of {N}, {Q}.", "This is captured well: {Q} {P}.",
]  # fmt: skip
SCARE_QUOTES = ["‘bank the unbanked’", "‘Simu ya Jamii’", "‘digital first’", "‘Ethiopia first’", "‘Made in Rwanda’",
                "‘Twende Tukiuke’", "‘the new Addis’", "‘cash-lite’", "‘Buy Kenya, Build Kenya’", "‘a Great African Airline’"]  # fmt: skip
SCARE_FRAMES = [
    "{B} now presents itself as {Q} {P}.", "The slogan {Q} is widely recognised {P}.",
    "Marketers in {city} talk of a {Q} strategy {P}.", "{N} describes this as {Q}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Your M-PESA statement for March is ready’", "‘Enkutatash offer: 20% off all flights’",
                 "“Send money home this Eid with zero fees”", "‘Happy Meskel from all of us’",
                 "‘Your bundle expires tonight – renew now’", "“Karibu! Your first transfer is free”"]  # fmt: skip
SUBJECT_FRAMES = [
    "The SMS {Q} had the highest response rate {P}.", "{B}'s message {Q} was sent to dormant customers {P}.",
    "An email headed {Q} performed best in the diaspora segment {P}.", "Testing {Q} against a plain version showed the value of timing {P}.",
]  # fmt: skip

# Text with brackets, years, numbers or quotation marks that cites nothing: dates, prices, laws, places and titles.
NOT_CITATIONS = {
    "ethiopian-calendar-year": ["Sales were planned for the {ec} E.C. budget year.", "The survey ran in Tir {ec} (Ethiopian calendar)."],
    "enkutatash": ["The campaign launched for Enkutatash on 11 September {yr}.", "Sales peak before Enkutatash (11 September), the Ethiopian New Year."],
    "meskel": ["{B} ran a promotion over Meskel (27 September).", "Footfall in Addis Ababa doubled during Meskel ({yr})."],
    "birr-price": ["A bottle of beer now costs ETB {birr} in Addis Ababa.", "The new bundle is priced at {birr} birr (about US$ {q})."],
    "shilling-price": ["The entry-level smartphone sells for KSh {ksh} at Safaricom shops.", "Fees for sending KSh {ksh} were cut ({yr})."],
    "franc-price": ["A meal at the new outlet costs RWF {rwf}.", "Data bundles start at RWF {rwf} (about US$ 0.40)."],
    "mpesa-launch": ["M-PESA was launched in March 2007 by Safaricom.", "Since its launch (2007), M-PESA has changed how Kenyans pay."],
    "paybill-till": ["Customers pay through Paybill {pb}, account number = meter number.", "Payments go to Buy Goods Till No. {till}."],
    "proclamation": ["The sector is regulated under Proclamation No. {proc}.", "Foreign banks were allowed to enter after a new proclamation ({proc})."],
    "founding-year": ["Ethiopian Airlines (1945) is Africa's largest carrier.", "Safaricom (1997) began as a department of Telkom Kenya."],
    "gerd": ["Construction of the Grand Ethiopian Renaissance Dam (2011) became a symbol of national pride.", "Bonds for the GERD (launched 2011) were sold to the diaspora."],
    "marathon-result": ["Tigst Assefa won the Berlin Marathon 2023 in 2:11:53, a world record.", "The brand sponsored the Great Ethiopian Run ({yr}), finishing time {mt}."],
    "coffee-grade": ["The firm exports Yirgacheffe Grade 1 (washed).", "Prices for Sidama Grade 2 rose in the {fy} harvest."],
    "harvest-year": ["Export volumes fell in the 2022/23 harvest.", "Kenyan AA lots from the {fy} crop sold well at auction."],
    "flower-tonnage": ["Kenya exported {tn} tonnes of cut flowers ({yr}).", "Flower exports reached {tn} tonnes in {yr}, mainly roses."],
    "po-box": ["Write to the firm at P.O. Box {box}, Nairobi.", "The head office (P.O. Box 1234-00100) is in Upper Hill."],
    "umuganda": ["Shops close for Umuganda on the last Saturday of the month.", "Staff took part in Umuganda (last Saturday, 8–11 a.m.)."],
    "kwibohora": ["MTN Rwanda ran a Kwibohora (4 July) campaign.", "Sales rose over Kwibohora {yr}, Liberation Day."],
    "madaraka-day": ["The brand's ad aired on Madaraka Day ({yr}).", "Madaraka Day (1 June) is a key date in the marketing calendar."],
    "jamhuri-day": ["Promotions ran from Jamhuri Day (12 December) to New Year.", "Jamhuri Day {yr} saw record M-PESA volumes."],
    "stock-ticker": ["Safaricom is listed on the Nairobi Securities Exchange (NSE: SCOM).", "EABL (NSE: EABL) shares fell {pct}% in {yr}."],
    "award": ["The campaign won at the Marketing Society of Kenya Warrior Awards 2022.", "{B} took gold at the Loeries (Africa and Middle East, {yr})."],
    "person-title": ["{ppl} ({ttl}) chaired the launch event.", "The interview was with {ppl}, head of marketing."],
    "fiscal-year": ["Revenue grew by {pct}% in {fy}.", "The budget for FY {fy} was approved in June."],
    "academic-year": ["The data were collected in the {fy} academic year.", "This MBA module ran in semester two ({fy})."],
    "eid-ramadan": ["Remittances to Somalia peak before Eid al-Fitr ({yr}).", "Hormuud ran a Ramadan offer (March–April {yr})."],
    "evc-zaad": ["Payments are made by EVC Plus (*712#) or Zaad (*222#).", "Customers dial *334# to reach M-PESA."],
    "ussd-code": ["The bank's USSD menu (*247#) is used by {pct}% of customers.", "Airtime can be bought through *544# ({yr} launch)."],
    "flight-route": ["ET 500 flies Addis Ababa to Washington DC (IAD) daily.", "Kenya Airways KQ 100 (Nairobi–London) resumed in {yr}."],
    "telebirr-launch": ["Telebirr was launched in May 2021 by Ethio Telecom.", "Telebirr (2021) had over {n} million users within two years."],
    "license-year": ["Safaricom Ethiopia received its licence in May 2021.", "Ethio Telecom's partial privatisation was announced (2021)."],
    "census-year": ["The last Kenyan census (2019) counted 47.6 million people.", "Rwanda's fifth census (2022) gave a population of 13.2 million."],
    "exchange-rate": ["The birr traded at ETB {birr} to the dollar (July {yr}).", "The shilling weakened to KSh 160 per US$ in January 2024."],
    "inflation": ["Inflation in Ethiopia was {pct}% ({yr}).", "Food inflation in Kenya reached {pct}% (year on year)."],
    "sample-size": ["Questionnaires were given to bank customers (n = {n}).", "A total of {n} respondents (response rate {pct}%) took part."],
    "figure-table": ["Customer loyalty scores are shown below (Figure {q}).", "The results are summarised in the appendix (Table {q})."],
    "quarter": ["Data revenue grew by {pct}% (Q{q} {yr}).", "Subscriber numbers fell in the second quarter (Q2 {yr})."],
    "phone-number": ["Customers call 0722 000 000 (toll free) for help.", "The hotline (+251 11 5 17 00 00) is open every day."],
    "handle-hashtag": ["The hashtag #TwendeTukiuke (2023) trended for days.", "Follow the brand on X (@SafaricomPLC)."],
    "beer-brand": ["Tusker Lager (1922) is named after an elephant.", "St. George Beer (1922) is Ethiopia's oldest beer brand."],
    "afcon-sport": ["The bank sponsored the national team at AFCON 2024.", "Rwanda hosted the Basketball Africa League (BAL) in {yr}."],
    "kigali-convention": ["Events at the Kigali Convention Centre (opened 2016) draw business visitors.", "The Africa CEO Forum met in Kigali ({yr})."],
    "address": ["The shop is on Bole Road, Addis Ababa (near Edna Mall).", "The agency moved to Westlands (Nairobi) in {yr}."],
    "ksh-billion": ["M-PESA handled KSh {ksh} billion a day ({yr}).", "Safaricom's net income was KSh {n} billion (FY {fy})."],
    "diaspora-count": ["About {n},000 Somalis live in Minneapolis (Minnesota).", "The Ethiopian community in Washington DC is large ({n},000 people)."],
    "course-code": ["This assignment is for module MKT 7{q}01 (Level 7).", "CIM Level 6 Diploma, module 3 (Digital Strategy)."],
    "survey-dates": ["Fieldwork took place from 3 to 21 March {yr}.", "The questionnaire was sent out on {d} May {yr}."],
    "version-app": ["The M-PESA super app (version 3.0) was released in {yr}.", "The CBE Birr app (v2.1) added QR payments."],
    "ranking": ["Ethiopian Airlines was voted Best Airline in Africa (Skytrax World Airline Awards {yr}).", "Equity Bank came top of the Think Business Banking Awards ({yr} edition)."],
    "tea-auction": ["Tea sold at the Mombasa auction averaged US$ 2.{q}0 per kilo (week {q}).", "KTDA factories paid a bonus of KSh 50 per kilo ({fy})."],
    "vision-plan": ["The plan supports Kenya Vision 2030 and Rwanda's Vision 2050.", "Ethiopia's Ten Years Development Plan (2021–2030) aims to raise exports."],
}  # fmt: skip
