"""The blind151 pool (HELD OUT): the prose of marketers in Sri Lanka, the Maldives and their diaspora.

A hundred-and-fifty-first independent pool, written without reading the checker, its tests or any other pool: CIM
Level 6 and 7 reports and MBA assignments by marketers at banks and finance companies (Commercial Bank, Sampath,
HNB, BOC, People's Bank, Bank of Maldives), telecoms (Dialog, SLT-Mobitel, Airtel, Ooredoo Maldives, Dhiraagu),
conglomerates (John Keells, Hayleys, Cargills, Hemas, Aitken Spence, Dilmah, MAS), tea exporters, resorts, apparel
makers, airlines, media houses and agencies in Colombo, Kandy, Galle, Jaffna, Negombo, Kurunegala, Batticaloa, Malé
and Addu City, and in Melbourne, Toronto, London, Doha, Dubai and Chennai. Its decoys are what such reports hold
that looks like a citation and is not: Acts numbered "No. 9 of 2022", gazette notifications, Maldivian laws
"No. 24/2022", rupees and rufiyaa, financial years, poya days, Avurudu times, Buddhist-era and Hijri years, the
Perahera, cricketers, founders, chairmen, awards, CSE tickers, company numbers, flights, tea grades and auctions,
census and survey waves, CCPI bases, interviewees, cohorts, atolls and addresses.

HELD OUT: never tune the checker on it; report its tables, never its misses.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

NARRATIVE_START = [
    "{N} argue that {C}.",
    "{N} found that {C}, which is very relevant to {B}.",
    "{N} states that {C}.",
    "{N} highlighted that {C} in the Sri Lankan context.",
    "{N} has identified that {C}.",
    "{N} emphasise that {C}, particularly after the 2022 crisis.",
    "{N} revealed that {C}.",
    "{N} pointed out that {C} among {A}.",
    "{N} further explains that {C}.",
    "{N} mentioned that {C}, and this is evident in the Maldivian market as well.",
]  # fmt: skip
NARRATIVE_MID = [
    "According to {N}, {C}.",
    "As stated by {N}, {C}.",
    "{O}, {N} noted that {C}.",
    "In the local context, {N} found that {C}.",
    "This view is supported by {N}, who argue that {C}.",
    "{C}, as {N} has clearly shown.",
    "Similar findings were reported by {N} in a study of Colombo consumers, where {C}.",
    "For {B}, the key lesson from {N} is that {C}.",
    "As per {N}, {C}.",
    "It is in line with {N}, who observed that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study in Kurunegala showed that {C}.",
    "{O}, {N} findings suggest that {C}.",
    "{N} model was applied to {B} and it shows that {C}.",
    "Based on {N} framework, {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.",
    "{O}, {C} {P}.",
    "It has been identified that {C} {P}.",
    "Several studies in Sri Lanka confirm that {C} {P}.",
    "{C}, especially in the Western Province {P}.",
    "In the Maldives too, {C} {P}.",
    "Thus, it can be said that {C} {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.",
    "{C} {P}; however, {C2}.",
    "{C} {P}, whereas {C2}.",
    "While {C} {P}, it is also true that {C2}.",
    "{C} {P}, therefore {C2}.",
]  # fmt: skip
CLAIMS = [
    "{A} are highly price sensitive after the 2022 economic crisis",
    "{T} builds trust faster than traditional media in Sri Lanka",
    "{B} can use {T} to reach {A} in outstation areas",
    "festive seasons such as Avurudu and Deepavali account for a large share of annual sales",
    "word of mouth remains the most trusted source of information for {A}",
    "Sinhala and Tamil language content performs better than English content on Facebook",
    "{A} expect banks to offer seamless digital onboarding",
    "{T} increases {R} among {A}",
    "brand heritage is a key asset for Ceylon tea exporters",
    "resort operators in the Maldives depend heavily on online travel agents",
    "trust in state banks remains high among {A}",
    "remittances from the diaspora shape spending during festive seasons",
    "the shift to QR payments was accelerated by the fuel queues of 2022",
    "{B} has not fully exploited {T}",
    "celebrity endorsement by cricketers still drives {R}",
    "service quality has a significant positive impact on customer satisfaction",
    "{A} in Jaffna and Batticaloa respond to Tamil-language advertising",
    "sustainability claims must be backed by evidence to avoid greenwashing",
    "ethical sourcing is a source of competitive advantage for apparel makers",
    "{T} is cost-effective for SMEs with limited budgets",
]  # fmt: skip
OPENERS = ["However", "Furthermore", "In the Sri Lankan context", "For {B}", "Moreover", "In addition",
           "On the other hand", "In the case of the Maldives", "Hence", "Nevertheless", "In this regard"]  # fmt: skip
PLAIN = [
    "{B} is one of the most recognised brands in Sri Lanka, with a strong presence in both urban and rural areas.",
    "The organisation operates through branches in all 25 districts and an island-wide agent network.",
    "The marketing team consists of twelve executives based at the head office in Colombo 03.",
    "This section analyses the macro environment using the PESTEL framework.",
    "The author has worked in the marketing department of {B} for over five years.",
    "Table 2 below summarises the key stakeholders and their level of interest and power.",
    "{O}, {C}.",
    "The recommendations are presented in the next section with an indicative budget.",
    "Resort bookings in the Maldives peak between December and April.",
    "The campaign will run in Sinhala, Tamil and English across TV, radio and social media.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.",
    "{N} states that {Q}.",
    "As noted by {N}, {Q}.",
    "It is clearly stated that {Q} {P}.",
    "{O}, {Q} {P}.",
    "According to {N}, {Q}, which applies directly to {B}.",
    "This is well summarised as {Q} {P}.",
]  # fmt: skip
SCARE_QUOTES = ["“value for money”", "‘premium’", "\"Sri Lankan-ness\"", "“island-wide”", "‘Ayubowan’ spirit",
                "\"Pure Ceylon\"", "“Sunny Side of Life”", "‘digital-first’", "\"Made in Sri Lanka\"",
                "‘Garments without Guilt’", "“brand love”", "\"one-stop shop\"", "‘friendly bank’"]  # fmt: skip
SCARE_FRAMES = [
    "Many customers describe {B} as {Q}, which supports the brand positioning {P}.",
    "The idea of {Q} is central to the national brand {P}.",
    "{N} calls this a {Q} approach.",
    "Positioning on {Q} is risky when inflation is high {P}.",
    "The so-called {Q} image still attracts tourists {P}.",
]  # fmt: skip
SUBJECT_LINES = ["“Subha Aluth Avuruddak Wewa! 20% off for you”", "‘Your Vesak gift from {B}’",
                 "\"Ramadan Kareem: special rates on your savings\"", "“Deepavali deals end tonight”",
                 "‘Rs. 500 cashback on your next bill payment’", "\"Your e-statement for March is ready\"",
                 "“Sunny Side of Life: book your Maldives escape”", "‘Eid Mubarak from all of us at {B}’"]  # fmt: skip
SUBJECT_FRAMES = [
    "An e-mail with the subject {Q} had an open rate of 31% {P}.",
    "The SMS blast {Q} generated many inquiries from outstation customers {P}.",
    "{N} cites a push notification titled {Q} as good practice.",
    "Messages such as {Q} are effective during festive seasons {P}.",
]  # fmt: skip

# Text that looks like a citation and is not: a name, a bracket or a year that a tutor would not look for in the list.
NOT_CITATIONS = {
    "act-with-number": [
        "The Personal Data Protection Act, No. 9 of 2022 will require {B} to appoint a data protection officer.",
        "Under the Consumer Affairs Authority Act, No. 9 of 2003, misleading price labels are an offence.",
        "The Online Safety Act, No. 9 of 2024 has made some marketers cautious about influencer content.",
    ],
    "gazette-notification": [
        "The maximum retail price of a 400g packet of milk powder was fixed by Extraordinary Gazette No. 2288/36 of 14 June 2022.",
        "Gazette Extraordinary No. 2331/41 (2023) set out the timeline for the data protection rules.",
    ],
    "maldivian-law-number": [
        "In the Maldives, the Competition Act (Law No. 4/2020) applies to resort pricing agreements.",
        "Tourism GST was raised to 16% under the amendment to Law No. 10/2011 in 2022.",
    ],
    "rupee-amount": [
        "The new Dialog package costs Rs. 1,490 (including taxes) per month.",
        "A 250g pack of premium tea retails at LKR 1,150 (2024 prices) in Keells outlets.",
        "The Avurudu campaign budget is Rs. {RS} mn, around 6% of annual sales.",
    ],
    "rufiyaa-amount": [
        "A local island guesthouse charges MVR 1,200 (about US$ 78) per night.",
        "Bank of Maldives waived the Rf 50 card fee for students in 2023.",
    ],
    "exchange-rate": [
        "The rupee depreciated from Rs. 200 to over Rs. 360 per US$ (March 2022 to May 2022).",
        "At USD/LKR {FX} (31 December 2024), imported ingredients became far more expensive.",
    ],
    "financial-year": [
        "Group revenue grew by 18% in FY 2023/24 compared to FY 2022/23.",
        "The 2024/25 budget year begins on 1 April for most listed companies in Colombo.",
    ],
    "policy-rate": [
        "The Central Bank reduced the Overnight Policy Rate to 8.00% (November 2024).",
        "Lending rates peaked at over 30% (2022) before falling sharply.",
    ],
    "inflation-figure": [
        "Headline inflation peaked at 69.8% (September 2022) as measured by the CCPI.",
        "Food inflation reached 94.9% (September 2022) according to official figures.",
    ],
    "price-index-base": [
        "The CCPI (2021=100) is now the main measure of inflation in Colombo.",
        "Prices are deflated using the NCPI (base 2021 = 100).",
    ],
    "census-wave": [
        "According to the Census of Population and Housing 2012, Colombo district had 2.3 million people.",
        "Results of the 2024 Census (preliminary) show slower population growth in the North.",
    ],
    "survey-wave": [
        "HIES 2019 data show that food accounts for over a third of household spending.",
        "The Labour Force Survey Q2 2023 reported lower female participation.",
    ],
    "avurudu-nakath": [
        "The Avurudu dawn (nakath) in 2024 was on 13 April at 9.05 p.m.",
        "Sinhala and Tamil New Year (13–14 April) is the biggest retail season of the year.",
    ],
    "poya-day": [
        "Vesak Full Moon Poya Day (23 May 2024) saw hundreds of dansals across Colombo.",
        "Poson Poya (June 2024) is a holiday, so no alcohol advertising or sales took place that day.",
    ],
    "perahera": [
        "The Kandy Esala Perahera (August 2023) attracted thousands of foreign tourists.",
        "During the Esala Perahera of 2024, hotels in Kandy were fully booked.",
    ],
    "festival-year": [
        "Deepavali (2023) sales in Jaffna and Colombo Wellawatte were higher than expected.",
        "Sales during Ramadan 2024 increased for dates and clothing.",
        "The Christmas 2023 season was weaker than Avurudu for most retailers.",
    ],
    "hijri-year": [
        "Eid ul-Fitr in 1445 AH fell on 10 April 2024 in Sri Lanka and the Maldives.",
        "Maldivian calendars show both 1446 AH and 2024.",
    ],
    "buddhist-era": [
        "The temple's commemorative stamp was issued in B.E. 2567 (2024).",
        "Some Vesak greetings still carry the Buddhist year 2568.",
    ],
    "cricketer": [
        "The 1996 World Cup win made Arjuna Ranatunga (captain, 1996) a household name.",
        "Muttiah Muralitharan (800 Test wickets) endorsed several brands after his retirement.",
        "Kumar Sangakkara (MCC President, 2019–2021) is still a popular brand ambassador.",
    ],
    "founder-dates": [
        "Dilmah was founded by Merrill J. Fernando (1930–2023), who put his family name on every pack.",
        "John Keells traces its history to 1870, when Edward John and George Keell started a brokering firm.",
        "Hayleys (founded in 1878) is one of the oldest listed companies in Sri Lanka.",
    ],
    "executive-not-author": [
        "Dhammika Perera (Chairman, Hayleys, 2023) announced a new export strategy.",
        "Mr K. Sivakumar, Head of Marketing at {B}, approved the campaign in 2023.",
        "Ms Dilini Jayawardena (CMO, 2021–2024) led the rebranding of {B}.",
    ],
    "brand-ambassador": [
        "Jacqueline Fernandez (2019) was chosen as brand ambassador for a leading beauty brand.",
        "Singer Yohani de Silva (2021) became popular after 'Manike Mage Hithe'.",
    ],
    "company-with-founding": [
        "The oldest player in the market (Cargills, est. 1844) still dominates supermarket retail.",
        "A local rival (Elephant House, since 1866) competes strongly in ice cream.",
    ],
    "legal-form": [
        "MAS Holdings (Pvt) Ltd and Brandix Lanka Limited are both private companies.",
        "The agency is registered as a private limited company (PV 00234567).",
    ],
    "cse-ticker": [
        "Shares of John Keells (JKH.N0000) rose by 12% in 2024.",
        "Commercial Bank (COMB.N0000) and Sampath (SAMP.N0000) are among the largest banks on the CSE.",
    ],
    "award-year": [
        "{B} won Gold at the SLIM Brand Excellence Awards 2023.",
        "The campaign won a Bronze at Effie Sri Lanka (2022).",
        "The hotel received the Travellers' Choice award in 2024.",
    ],
    "peoples-award": [
        "{B} was voted Youth Choice Brand of the Year at the SLIM-Kantar People's Awards 2024.",
        "At the People's Awards (2023), the bank won the Banking Service Provider of the Year.",
    ],
    "event-expo": [
        "The bank had a stall at the Colombo International Book Fair 2023.",
        "Hotel Show Colombo (2024) is a key trade event for hospitality marketers.",
        "Travel Trade Maldives 2023 attracted buyers from 40 countries.",
    ],
    "tv-programme": [
        "Sirasa Superstar (Season 7) generated high SMS voting revenue for telcos.",
        "The bank sponsored Derana Dream Star in 2022.",
    ],
    "film-song": [
        "The song 'Manike Mage Hithe' (2021) went viral on YouTube.",
        "The Tamil film Jailer (2023) was shown to full houses in Jaffna.",
    ],
    "cricket-league": [
        "{B} sponsored the Colombo Strikers in the Lanka Premier League 2023.",
        "LPL 2024 broadcast rights were sold at a higher price than before.",
    ],
    "crisis-event": [
        "After the Easter Sunday attacks (21 April 2019), tourist arrivals collapsed.",
        "The 2022 Aragalaya protests changed how young people view brands.",
        "The 2004 tsunami (26 December 2004) destroyed many hotels in Galle.",
    ],
    "flight-number": [
        "SriLankan Airlines flight UL 101 (Colombo–Malé) is one of the busiest routes.",
        "The new Maldivian Q2 403 service links Malé and Chennai.",
    ],
    "aircraft-model": [
        "SriLankan operates Airbus A330-300 and A321neo aircraft.",
        "The airline leased two ATR 72-600 (2023) aircraft for domestic routes.",
    ],
    "tea-grade-auction": [
        "Low-grown BOPF (Sale No. 24, 2024) fetched record prices at the Colombo Tea Auction.",
        "Dilmah packs OP1 and BOP grades for export markets.",
    ],
    "product-model": [
        "The Samsung Galaxy A15 (LKR 54,999) was the best-selling smartphone in the Avurudu season.",
        "Dialog ViU Mini (2023) competes with PEO TV.",
    ],
    "bank-product": [
        "HNB SOLO, Sampath Vishwa and ComBank Q+ compete for the same digital-savvy customers.",
        "The 'Isuru' savings account for children was relaunched in 2022.",
    ],
    "ussd-shortcode": [
        "Customers can activate the offer by dialling #678# or calling 1777.",
        "SMS REG to 7788 to join the loyalty scheme.",
    ],
    "address": [
        "The head office is at No. 21, Sir Razik Fareed Mawatha, Colombo 01.",
        "The Malé branch is at H. Sunny Side, Majeedhee Magu, Malé 20-02.",
    ],
    "atoll-code": [
        "The resort is located in Baa Atoll (B. Atoll), a UNESCO Biosphere Reserve since 2011.",
        "Guesthouses in K. Maafushi and AA. Ukulhas have grown rapidly.",
    ],
    "nic-number": [
        "New NICs (12 digits, e.g. 199012345678) replaced the old 9-digit format ending in V.",
        "Customers must enter their NIC number (e.g. 901234567V) to register the SIM.",
    ],
    "vat-rate": [
        "VAT was raised to 18% (from 1 January 2024), which affected prices.",
        "The Social Security Contribution Levy of 2.5% (2022) applies to turnover.",
    ],
    "interviewee": [
        "Respondent R7 (Brand Manager, Colombo, 2024) confirmed that budgets were cut.",
        "Interviewee 3 (Resort Sales Manager, Malé) explained the booking cycle.",
    ],
    "cohort-intake": [
        "This report is submitted for the CIM Level 7 (June 2025 intake) Marketing Leadership module.",
        "The survey was completed by students from the MBA 2022/23 batch.",
    ],
    "sample-size": [
        "A questionnaire was distributed to a sample of 384 (n=384) customers in Gampaha district.",
        "Of the 250 respondents (response rate 82%), most were aged 25–34.",
    ],
    "table-figure": [
        "As shown in Figure 3 (2019–2024), tourist arrivals have recovered.",
        "See Table 4 (Appendix 2) for the detailed budget.",
    ],
    "hashtag": [
        "The campaign used #LovedByLanka and #Avurudu2024 on Instagram.",
        "The hashtag #VisitMaldives2023 reached over two million users.",
    ],
    "slogan-local": [
        "Dialog's tagline 'The Future. Today.' is well known across the island.",
        "The 'Api Wenuwen Api' fund raised money for the families of soldiers.",
    ],
    "district-region": [
        "Sales in the Uva Province (2023) grew faster than in the Western Province.",
        "The bank opened new branches in Kilinochchi (2022) and Mullaitivu (2023).",
    ],
    "percentage-year": [
        "Mobile internet penetration reached 67% (2024) in Sri Lanka.",
        "Around 45% of households (2023) used at least one e-wallet.",
    ],
    "tourist-arrivals": [
        "Sri Lanka welcomed 2,053,465 tourist arrivals (2024), the highest since 2018.",
        "The Maldives recorded 1.8 million arrivals in 2023, with China and Russia as top markets.",
    ],
    "diaspora-place": [
        "Sri Lankan shops in Scarborough, Toronto (2024), sell imported tea and spices.",
        "Around 150,000 Sri Lankans live in Victoria (Census 2021), mostly in Melbourne.",
    ],
}  # fmt: skip

BRANDS = ["Dialog", "SLT-Mobitel", "Commercial Bank", "Sampath Bank", "HNB", "People's Bank", "Bank of Ceylon",
          "Bank of Maldives", "Dhiraagu", "Ooredoo Maldives", "John Keells", "Keells", "Cargills Food City",
          "Hayleys", "Hemas", "Aitken Spence", "Dilmah", "MAS Holdings", "Brandix", "SriLankan Airlines",
          "Jetwing", "Cinnamon Hotels", "Elephant House", "Munchee", "Maliban", "Kotmale", "Daraz", "PickMe",
          "Abans", "Singer", "Softlogic", "Nestlé Lanka", "Odel", "Nolimit", "Sun Siyam", "Villa Resorts"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """Values only this pool's frames use: rupee millions and an exchange rate."""
    return {"RS": f"{rng.randint(5, 240)}.{rng.randint(0, 9)}", "FX": f"{rng.randint(290, 330)}.{rng.randint(10, 99)}"}
