"""Prose for the sixty-sixth held-out pool, "blind66": sentence frames, claims, brands and decoys.

HELD OUT: never tune the checker on this pool; report its tables, never its misses. Written by a sixty-sixth hand,
without reading the checker, its tests or the other pools' frames, decoys and works, from how brand, growth, CRM,
trade and communications marketers at telecoms, super-apps, banks, retailers, FMCG and beverage firms, wineries,
airlines and tourism boards in Almaty, Astana, Tashkent, Samarkand, Tbilisi, Batumi, Baku and Yerevan write: in
English as a second or third language on CIM Level 6 and 7 courses and MBAs, with tenge, som, lari, manat and dram
figures, law and decree numbers, tariff and card names, holiday campaigns, Telegram handles, ticker symbols,
interview participants and the shorthand of their own firms.
"""

# ruff: noqa: E501  (frames read best one to a line)
from __future__ import annotations

import random

NARRATIVE_START = [
    "{N} found that {C}.",
    "{N} argues that {C}, which matters for {B} in {city}.",
    "{N} shows that {C}.",
    "{N} reports that {C} across the five markets of the region.",
    "{N} notes that {C}, although the sample was mostly from {city}.",
    "{N} suggests that {C}; this fits what we see at {B}.",
    "{N} explain that {C}.",
    "{N} observed that {C} during the {holiday} period.",
    "{N} confirms that {C}.",
    "{N} warns that {C}.",
]  # fmt: skip

NARRATIVE_MID = [
    "As {N} found, {C}.",
    "For the {city} market, {N} reports that {C}.",
    "In a study of {A}, {N} showed that {C}.",
    "According to {N}, {C}.",
    "This is in line with {N}, who found that {C}.",
    "However, {N} argues that {C}, so {B} should be careful.",
    "Similar results were reported by {N} for Georgia and Armenia.",
    "Our team used the model of {N} to plan the {holiday} campaign.",
    "It is also true in Uzbekistan, where {N} found that {C}.",
    "On the other hand, {N} states that {C}.",
]  # fmt: skip

POSSESSIVE = [
    "{N} study of {A} shows that {C}.",
    "{N} framework helps explain why {C}.",
    "According to {N} survey, {C}.",
    "{N} findings from {city} suggest that {C}.",
    "We adapted {N} segmentation for the {B} loyalty programme.",
    "{N} model was tested with {n} customers of {B}.",
]  # fmt: skip

PARENTHETICAL_END = [
    "{C} {P}.",
    "In {city}, {C} {P}.",
    "For banks and telecoms in the region, {C} {P}.",
    "Research in Central Asia shows that {C} {P}.",
    "It is widely accepted that {C} {P}.",
    "{O}, {C} {P}.",
    "This is especially true for {A}, because {C} {P}.",
    "Evidence from the South Caucasus is similar: {C} {P}.",
    "During {holiday}, {C} {P}.",
    "Also, {C} {P}.",
]  # fmt: skip

PARENTHETICAL_MID = [
    "{C} {P}, and this is why {B} invested in {T}.",
    "Because {C} {P}, the plan for {city} puts mobile first.",
    "Studies {P} show that {C}.",
    "{C} {P}; however, {C2}.",
    "The market is growing quickly {P}, so {B} must defend its share.",
    "Trust in banks is still low {P}, which is a risk for {B}.",
    "Since {C} {P}, the {holiday} offer will be sent by push notification.",
    "Mobile penetration is above 100 per cent {P} but {C2}.",
]  # fmt: skip

CLAIMS = [
    "customers who use the super-app every day are less likely to switch bank",
    "younger customers in {city} trust Telegram channels more than television",
    "cashback is the main reason people choose one card over another",
    "price is still the first driver of tariff choice for prepaid users",
    "bilingual advertising in Kazakh and Russian reaches more households",
    "brand trust falls quickly after a service outage",
    "loyalty programmes work best when points can be spent in the same app",
    "tourists from the Gulf spend more per day than European visitors",
    "wine tourism extends the average stay in Kakheti",
    "customers value fast delivery more than a wide choice",
    "social proof from local influencers increases conversion",
    "instalment payments raise the average basket in electronics",
    "national holidays create the biggest peaks in mobile data use",
    "rural customers still prefer cash for small purchases",
    "a clear country-of-origin story helps exports of mineral water",
    "personalised offers increase response to push notifications",
    "customer complaints on Instagram are answered faster than in branches",
    "diaspora customers are an important segment for money transfers",
    "low-cost flights have changed how families plan holidays",
    "small sellers join marketplaces to reach customers outside the capital",
    "consumers link the Latin alphabet with modern, young brands",
    "satisfaction with call centres predicts churn in the next quarter",
    "Gen Z customers open a digital card before they visit any branch",
    "sponsorship of national sport builds emotional attachment to a brand",
    "trust in local brands grew after 2022",
    "the same message does not work in Baku and in Tashkent",
    "hospitality staff are the main touchpoint for the destination brand",
    "QR payments spread faster than contactless cards in bazaars",
]  # fmt: skip

OPENERS = [
    "In the case of {B}",
    "For a bank like {B}",
    "In the Kazakh market",
    "From a CRM point of view",
    "Looking at the Uzbek market",
    "In Georgia, as in Armenia",
    "For our team in {city}",
    "During the {holiday} season",
    "For telecom operators",
    "In practice",
]  # fmt: skip

PLAIN = [
    "This report looks at how {B} can grow its share among {A} in {city}.",
    "The next section explains the situation analysis, then the objectives and the plan.",
    "I work in the CRM team of {B}, so some examples come from my own experience.",
    "The budget for the campaign is {cur}, with most of it going to digital channels.",
    "The main competitor is {B}, which has a strong position in the regions.",
    "Objectives are written in SMART form and linked to the brand strategy.",
    "All customer data used in this report was anonymised before analysis.",
    "The target audience is {A}, mostly living in {city} and other big cities.",
    "Results will be reviewed every month by the marketing director.",
    "Some terms are left in Russian or Kazakh where there is no good English word.",
    "The plan runs from {holiday} until the end of the year.",
    "Table 3 summarises the SWOT analysis for {B}.",
]  # fmt: skip

QUOTE_FRAMES = [
    "{N} states that {Q}.",
    "As {N} puts it, {Q}.",
    "One definition is that {Q} {P}.",
    "{Q} {P}.",
    "The key idea is that {Q} {P}, and this is what {B} lacks.",
    "{N} writes: {Q}.",
    "According to the literature, {Q} {P}.",
    "In the words of {N}, {Q}.",
]  # fmt: skip

SCARE_QUOTES = [
    "“super-app”",
    "'digital first'",
    "“cashback culture”",
    "‘premium’",
    "\"red\" tariffs",
    "“Uzbek quality”",
    "'omnichannel'",
    "“national brand”",
    "'ecosystem'",
    "“Saperavi route”",
    "'hidden champions'",
    "“bazaar price”",
]  # fmt: skip

SCARE_FRAMES = [
    "Many banks now call themselves an {Q} {P}.",
    "The so-called {Q} is growing in the region {P}.",
    "{N} criticises the idea of the {Q} for local brands.",
    "Customers describe the offer as {Q} {P}.",
    "The {Q} positioning is common in the market {P}.",
    "{N} uses the term {Q} for this kind of brand.",
]  # fmt: skip

SUBJECT_LINES = [
    "“Your Nauryz gift is waiting 🎁”",
    "'Only 3 days left: 0-0-12 instalments'",
    "“Gamarjoba! Your lari cashback is here”",
    "\"Navruz muborak – 20% on everything\"",
    "‘Fly to Batumi from 19,900 tenge’",
    "“Yerevan weekend: hotel + breakfast”",
    "'Your card is ready – activate in the app'",
    "“Novruz bayramınız mübarək! Bonus 10 AZN”",
    "\"Unlimited Instagram for 1,990 ₸\"",
]  # fmt: skip

SUBJECT_FRAMES = [
    "The push notification {Q} had the highest open rate {P}.",
    "Short subject lines such as {Q} perform well {P}.",
    "The email {Q} follows the advice of {N}.",
    "A headline like {Q} uses urgency, which works in this market {P}.",
    "Our test of {Q} confirmed what {N} found.",
]  # fmt: skip

# Decoys: capitals, years, brackets and quotation marks that cite nothing.
NOT_CITATIONS = {
    "law-number": [
        "Under Law No. 94-V of 21 May 2013, the app must ask for consent before any SMS campaign.",
        "Uzbekistan's Law No. ZRU-547 (2 July 2019) requires personal data of citizens to be stored on servers in the country.",
        "The Law of Georgia on Advertising (1998) does not allow comparative claims that cannot be proved.",
    ],
    "presidential-decree": [
        "Presidential Decree No. UP-60 of 28 January 2022 set new targets for the digital economy.",
        "After Decree No. 569 (26 October 2017) the Kazakh alphabet moves to Latin script, so the logo has two versions.",
        "The Decree of the President (No. PP-{n}, {d} March {Y}) gave tax breaks to new hotels in Samarkand.",
    ],
    "central-bank-resolution": [
        "National Bank Resolution No. {n} limits the interest on consumer loans, so the credit offer must change.",
        "The Central Bank of Uzbekistan (CBU) raised the base rate to 14% in March {Y}.",
        "From 1 January {Y2} the ARDFM requires banks to show the full annual rate (GAER) in every advert.",
    ],
    "tariff-names": [
        "The “Bezlimit Plus” tariff costs {kzt} a month and includes unlimited TikTok.",
        "Customers on the 'Family 4G' plan ({n} minutes, 30 GB) churn less than prepaid users.",
        "Ucell's “Super Start” package was relaunched in {Y} with more data.",
    ],
    "currency-figures": [
        "The average basket in Magnum is {kzt} (about USD {n}).",
        "A night in a guest house in Sighnaghi costs 120 GEL (₾120) in high season.",
        "The entry ticket was {dram} (AMD) for adults and free for children under 7.",
        "Monthly salary in Tashkent is around {som} (UZS) according to the HR team.",
    ],
    "exchange-rate": [
        "All figures use the rate of 1 USD = 470 KZT (2 January {Y2}).",
        "Prices are converted at 1 EUR = 2.95 GEL and 1 USD = 1.70 AZN (Q{q} average).",
    ],
    "holiday-campaign": [
        "The Nauryz campaign (21–23 March) is the biggest event in our calendar.",
        "Rtveli (the grape harvest, September–October) brings many visitors to Kakheti.",
        "Independence Day (16 December) and New Year are the two peaks for gifts.",
        "For Novruz Bayram (20–24 March) Azercell gives extra minutes to all subscribers.",
    ],
    "legal-form": [
        "Beeline Kazakhstan is the trading name of KaR-Tel LLP (part of VEON Group).",
        "The agency is registered as a CJSC in Yerevan and as an LLC in Tbilisi.",
        "Kapital Bank OJSC (formerly the Savings Bank of Azerbaijan) has the biggest branch network in Baku.",
    ],
    "stock-ticker": [
        "Kaspi.kz is listed on Nasdaq (KSPI) since January 2024.",
        "Bank of Georgia Group PLC (LSE: BGEO) and TBC Bank Group PLC (LSE: TBCG) both report in lari.",
        "Halyk Bank shares trade on the KASE (HSBK) and as GDRs in London.",
    ],
    "quarter-results": [
        "Active users grew by {pct} in Q{q} {Y} compared with Q{q} {Y2}.",
        "In FY{Y} revenue from fintech was higher than from marketplace for the first time.",
        "H1 {Y2} results (unaudited) show net profit of {kzt} billion.",
    ],
    "survey-sample": [
        "The online survey (n = {n}, Almaty and Astana, March {Y2}) was run in Russian and Kazakh.",
        "Fieldwork was done in two waves (Wave 1: May; Wave 2: October) with {n} respondents each.",
        "The sample (N={n}) was 54% female, aged 18–45.",
    ],
    "interview-participant": [
        "One manager (Participant 4, male, 38, Baku) said: “customers forgive mistakes but not silence”.",
        "As Respondent 11 (female, 26, Tashkent) explained, 'I check the reviews on Telegram before I buy'.",
        "Interviewee C (Head of Retail, Yerevan) did not want the bank to be named.",
    ],
    "job-title": [
        "Aigerim Sarsenova (Head of CRM, 2019–2023) started the first segmentation project.",
        "Our CMO (previously at Kcell JSC) approved the budget in {M}.",
        "Giorgi, the brand manager for Borjomi (since {Y}), gave me access to the tracking data.",
    ],
    "hashtag-handle": [
        "The hashtag #Navruz{Y2} had more than {n} thousand posts on Instagram.",
        "The brand answers complaints on Telegram (@{app}_support) within 15 minutes.",
        "We followed the #VisitGeorgia and #ArmeniaTravel tags for two weeks.",
    ],
    "domain-name": [
        "Most traffic comes from Kaspi.kz and Olx.kz, not from the brand website.",
        "News portals such as Kun.uz and Gazeta.uz have more readers than TV channels among the young.",
        "The landing page (georgia.travel/wine) was translated into six languages.",
    ],
    "press-mention": [
        "Our launch was covered by Kursiv and Forbes Kazakhstan in the same week.",
        "Report.az and Trend.az wrote about the new route, but no English-language media did.",
        "After the interview on Civil.ge the number of followers doubled.",
    ],
    "awards": [
        "The campaign won Gold at Effie Kazakhstan {Y} in the Financial Services category.",
        "Air Astana was named Best Airline in Central Asia and CIS at the Skytrax World Airline Awards {Y}.",
        "The Red Jolbors festival (Bishkek, {Y2}) gave the video a Silver award.",
    ],
    "event-name": [
        "We met the agency at the Astana International Forum (AIF) in May.",
        "The Tbilisi Wine Festival ({Y}) was the first time Tbilvino used QR codes on bottles.",
        "Baku Marketing Summit {Y2} had a full session on retail media.",
    ],
    "film-song-title": [
        "The song “Samarqand” ({Y}) was used in the Uzum summer advert.",
        "The TV series 'Biz Bolamiz' (Season 2) was sponsored by the bank.",
        "The advert was inspired by the film “Returning to the A” ({Y}) and its mountain scenes.",
    ],
    "wine-vintage": [
        "Saperavi {Y} (Kindzmarauli) was the best-selling red wine in the duty-free shop.",
        "The Areni Noir {Y2} Reserve was launched for Armenian diaspora buyers in Los Angeles.",
        "Qvevri wines (on the UNESCO list since 2013) are the centre of the export story.",
    ],
    "unesco-heritage": [
        "Samarkand (UNESCO World Heritage, 2001) is still the main reason tourists come.",
        "The old town of Baku (Icherisheher) and the Shirvanshah's Palace are in every tour package.",
        "Geghard Monastery (World Heritage since 2000) is one hour from Yerevan.",
    ],
    "flight-route": [
        "The new route KC 941 (Almaty–Frankfurt) flies three times a week.",
        "AZAL started J2 {n} (Baku–Tashkent) in {M} with an introductory fare.",
        "Low-cost carrier FlyArystan (DV) now connects Aktau and Tbilisi.",
    ],
    "device-model": [
        "The offer gives an iPhone 15 (128 GB) for {kzt} a month over 24 months.",
        "Samsung Galaxy A{n} phones are the most sold model in Uzbekistan.",
    ],
    "network-tech": [
        "5G (3.6 GHz) is now available in Almaty, Astana and Shymkent.",
        "VoLTE and eSIM (since {Y}) were promoted together in one campaign.",
        "Coverage in the regions is still mostly 4G/LTE (Band 20).",
    ],
    "ussd-code": [
        "Customers check their balance by dialling *100# (free of charge).",
        "To activate the bundle send 'GO' to 7070 or dial *555*1#.",
    ],
    "address": [
        "The flagship store is at 38 Dostyk Avenue, Almaty 050010.",
        "The new office (Rustaveli Ave 12, Tbilisi 0108) opened in {M}.",
        "Events take place at Amir Temur Square, Tashkent (Yunusabad district).",
    ],
    "app-rating": [
        "The app has a rating of 4.9 (App Store) and 4.8 (Google Play) with {n} thousand reviews.",
        "Version 5.{q} (released in {M} {Y2}) added a Kazakh-language chatbot.",
    ],
    "kpi-shorthand": [
        "NPS (Q{q}) rose to 62, while CSAT stayed at 4.3/5.",
        "CAC fell to {kzt} and LTV/CAC is now above 3.",
        "ARPU (blended, {Y2}) reached {manat} per month.",
    ],
    "standards-codes": [
        "The water is bottled under ST RK 1432-2005 and ISO 22000:2018.",
        "All staff are trained on PCI DSS v4.0 and ISO/IEC 27001:2022.",
        "Labels follow GOST 31449-2013 and EAEU TR CU 022/2011.",
    ],
    "course-module": [
        "This assignment is for the CIM Level 7 Postgraduate Diploma (Module 3: Digital Strategy).",
        "In the KIMEP MBA (class of {Y2}) we studied the same case in Marketing 601.",
        "The brief (Task 2, 3,000 words) asks for a full campaign plan.",
    ],
    "appendix-cross-reference": [
        "The full questionnaire is in Appendix 2 (p. 24).",
        "See Table 4 and Figure 7 for the results by region.",
        "Details of the budget are given in Section 5.3 (Appendix C).",
    ],
    "word-count": [
        "Word count: 2,970 (excluding tables, appendices and reference list).",
        "Total words (main body): 4,012 / 4,000 (+10% allowed).",
    ],
    "frameworks": [
        "The analysis uses PESTLE, Porter's Five Forces and the 7Ps.",
        "We used the SOSTAC model (Situation, Objectives, Strategy, Tactics, Action, Control) for the plan.",
        "RACE (Reach, Act, Convert, Engage) is the structure of the digital section.",
    ],
    "population-figures": [
        "Kazakhstan has about 20 million people (1 January {Y2} estimate) and half are under 30.",
        "Uzbekistan's population passed 37 million in {Y2}, the largest in Central Asia.",
        "About 1.1 million people live in Yerevan, a third of Armenia's population.",
    ],
    "market-share": [
        "Kcell and Beeline together have around 70% of subscribers (Kazakhstan, {Y}).",
        "TBC and Bank of Georgia hold nearly two thirds of retail deposits in the country.",
        "Our share of voice (SOV) was {pct} against a share of market (SOM) of {pct2}.",
    ],
    "growth-comparison": [
        "Tourist arrivals were up {pct} on {Y} (from {n} thousand to more than a million).",
        "Sales of bottled water fell in {Y2} (−{pct}) but recovered in the next year.",
    ],
    "slogan": [
        "The brand's slogan is still “Everything is possible” in English and Russian.",
        "The new line 'Your bank in your pocket' tested better than the old one.",
        "The tagline «Georgia — Emotions Unlimited» is used on all posters.",
    ],
    "campaign-name": [
        "The “Samarkand Summer {Y2}” campaign targeted families from Tashkent.",
        "'Taste of Georgia' ({M} edition) was shown in Warsaw and Riga.",
        "The “Jaña Jyl” (New Year) promotion gave double bonuses.",
    ],
    "product-names": [
        "Kaspi Gold, Kaspi Red and Kaspi Pay are three different products.",
        "The Halyk Homebank app and the Onay card (for public transport) were linked in {Y}.",
        "Uzum Nasiya (instalments) and Uzum Market use the same login.",
    ],
    "acronym-definitions": [
        "BNS (Bureau of National Statistics) and Geostat (Georgia) publish tourism data every quarter.",
        "SME (small and medium-sized enterprises) customers are served by a separate team.",
        "The NPS (Net Promoter Score) question was asked after every call.",
    ],
    "script-language": [
        "Signs are in Kazakh (Latin and Cyrillic), Russian and English.",
        "The Uzbek version uses Latin script (O'zbekcha), the older customers prefer Cyrillic (Ўзбекча).",
        "All posts are in Georgian (ქართული) with an English line underneath.",
    ],
    "visa-policy": [
        "Citizens of more than 90 countries can visit Georgia without a visa (up to 1 year).",
        "The e-visa (ASAN Visa) for Azerbaijan is issued within three working days.",
        "Since {Y} Uzbekistan allows 30 days visa-free for many European citizens.",
    ],
    "store-network": [
        "Magnum now has more than {n} stores (including Magnum Super and Magnum Daily).",
        "The network grew from 12 branches in {Y} to {n} in {Y2}.",
    ],
    "sponsorship": [
        "The bank sponsors FC Kairat (Kazakhstan Premier League) and the Astana Marathon.",
        "Azercell was a partner of the Baku City Circuit (Formula 1) for several seasons.",
    ],
    "internal-documents": [
        "The Brand Book (version 3, {Y}) gives the rules for logo and colours.",
        "The CRM Playbook 2.0 (internal, not public) describes all trigger emails.",
        "According to the Q{q} Marketing Dashboard (internal), email revenue is 8% of total.",
    ],
    "quoted-customer-words": [
        "Customers often say the app is “too clever” for their parents.",
        "In comments people call the delivery 'lightning fast' but the prices 'Tashkent prices'.",
        "Many reviews use the word “convenient” (удобно) more than any other.",
    ],
}  # fmt: skip

BRANDS = [
    "Kaspi.kz", "Halyk Bank", "Kcell", "Beeline Kazakhstan", "Magnum", "Uzum", "Ucell", "Uzcard", "TBC Bank",
    "Bank of Georgia", "Silknet", "Borjomi", "Tbilvino", "Azercell", "Kapital Bank", "Air Astana", "AZAL",
    "Ameriabank", "Ucom", "Korzinka", "Small", "Jusan Bank", "Humo", "Click", "Payme", "Chocofamily",
]  # fmt: skip

_CITIES = ["Almaty", "Astana", "Tashkent", "Samarkand", "Tbilisi", "Batumi", "Baku", "Yerevan", "Shymkent", "Bukhara"]
_HOLIDAYS = [
    "Nauryz",
    "Navruz",
    "Novruz",
    "Rtveli",
    "New Year",
    "Independence Day",
    "Black Friday",
    "Back to School",
    "Ramadan",
]
_APPS = ["kaspi", "halyk", "kcell", "uzum", "ucell", "tbc", "bog", "azercell", "ameria", "airastana"]


def values(rng: random.Random) -> dict[str, str]:
    """Fill values only this pool's frames use: cities, holidays, figures in the region's currencies."""
    pct = rng.randint(3, 48)
    return {
        "city": rng.choice(_CITIES),
        "holiday": rng.choice(_HOLIDAYS),
        "app": rng.choice(_APPS),
        "kzt": f"{rng.randint(2, 95) * 500:,} tenge",
        "som": f"{rng.randint(3, 15)} million som",
        "dram": f"{rng.randint(2, 30) * 500:,} AMD",
        "manat": f"{rng.randint(5, 40)} manat",
        "cur": rng.choice(
            [
                f"{rng.randint(20, 300)} million tenge",
                f"{rng.randint(50, 900):,} thousand lari",
                f"USD {rng.randint(40, 600)},000",
            ]
        ),
        "pct": f"{pct}%",
        "pct2": f"{pct + rng.randint(-5, 9)}%",
    }
