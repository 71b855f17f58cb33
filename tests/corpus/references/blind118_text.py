"""The blind118 pool (HELD OUT): a hundred-and-eighteenth independent pool, written without reading the checker,
its tests or any other pool's modules.

Its candidates are brand, trade, CRM, digital and communications marketers in Oman, Yemen and Bahrain (Muscat,
Salalah, Sohar, Sana'a, Aden, Mukalla, Manama, Muharraq) and in their diaspora (Dubai, Riyadh, London, Birmingham,
Detroit, Jakarta), at banks and Islamic banks, telecoms, oil, gas and LNG firms, ports, free zones and logistics
groups, fisheries, frankincense, honey and date producers, malls and supermarkets, airlines, hotels and agencies,
writing CIM Level 6 and 7 reports and MBA assignments on the CIM 2206 brief. They name Royal Decrees ("Royal Decree
18/2019"), Bahraini Decree-Laws and ministerial decisions, the Central Bank of Oman, the Central Bank of Bahrain and
the TRA, rials, baisa, dinars and Yemeni rials, MSX and Bahrain Bourse tickers, CR numbers, Oman Vision 2040,
Ramadan, Eid, the Khareef season, National Day and Hijri dates, and people with their dates who are no authors. The
works are in blind118_works.py; these are the sentences around them and the decoys among them.

HELD OUT: nobody tunes the checker on it until its first tables have been read.
"""

# ruff: noqa: E501  (frames read best one to a line)
from __future__ import annotations

import random

NARRATIVE_START = [
    "{N} argue that {C}.",
    "{N} found that {C}, which matters for {B} in Muscat.",
    "{N} note that {C}.",
    "{N} reported that {C} during the {season}.",
    "{N} makes the point that {C}.",
    "{N} suggests that {C}; this fits what the branch managers in Sohar told me.",
    "{N} observed that {C} among Omani and expatriate customers alike.",
    "{N} highlights that {C}, although the sample was drawn only from Manama.",
    "{N} concluded that {C}.",
    "{N} showed that {C} in the GCC banking sector.",
    "{N} states that {C}, and {B} is no exception.",
    "{N} contends that {C}.",
]
NARRATIVE_MID = [
    "According to {N}, {C}.",
    "As pointed out by {N}, {C}.",
    "In a study of Omani bank customers, {N} found that {C}.",
    "{O}, {N} argues that {C}.",
    "This is supported by {N}, who found that {C}.",
    "For {B}, the findings of {N} mean that {C}.",
    "Similarly, {N} reports that {C} in Bahrain.",
    "The survey by {N} shows that {C}.",
    "Writing about the Gulf, {N} notes that {C}.",
    "In line with {N}, the writer believes that {C}.",
    "A recent paper by {N} confirms that {C}.",
    "As mentioned by {N}, {C}, especially among {A}.",
]
POSSESSIVE = [
    "{N} study of {A} in Muscat showed that {C}.",
    "{N} findings suggest that {C}.",
    "Using {N} framework, {B} can see that {C}.",
    "{O}, {N} survey of Bahraini shoppers found that {C}.",
    "{N} model is useful here because {C}.",
    "{N} research on Yemeni traders in Birmingham shows that {C}.",
]
PARENTHETICAL_END = [
    "{C} {P}.",
    "In Oman, {C} {P}.",
    "{O}, {C} {P}.",
    "{C}, particularly during Ramadan {P}.",
    "It is widely accepted that {C} {P}.",
    "For {B}, {C} {P}.",
    "Studies in the Gulf show that {C} {P}.",
    "{C}, and this is also true in Aden and Mukalla {P}.",
    "Evidence from Bahrain suggests that {C} {P}.",
    "{C} (see Appendix 3) {P}.",
]
PARENTHETICAL_MID = [
    "{C} {P}, which is why {B} must act now.",
    "Research {P} suggests that {C}.",
    "It has been argued {P} that {C}.",
    "{C} {P}; however, this has not been tested in Yemen.",
    "Recent figures {P} show that {C}.",
    "The literature {P} agrees that {C}, but the Omani evidence is thin.",
    "{C} {P}, so the campaign should start before the Khareef.",
]
CLAIMS = [
    "Omani customers trust banks that explain their Sharia-compliant products clearly",
    "{A} compare data bundles on WhatsApp groups before they switch operator",
    "Islamic windows have grown faster than conventional retail banking since 2013",
    "Ramadan is the peak season for advertising spend in the Gulf",
    "using {T} improves {R} among {A} when the message is in Arabic as well as English",
    "Khareef visitors from the GCC spend more on food and fuel than on hotels",
    "frankincense is still sold mostly through souq traders rather than online",
    "Yemeni diaspora customers send remittances through exchange houses they know personally",
    "mall footfall in Muscat falls sharply in the summer months",
    "Omanisation targets shape how firms present themselves as employers",
    "Bahraini consumers are among the heaviest users of Instagram in the region",
    "word of mouth in the majlis still outweighs online reviews for big purchases",
    "loyalty points are valued more when they can be spent at Lulu or Carrefour",
    "Sidr honey from Hadhramaut commands a premium because of its origin",
    "customers in Salalah expect service in Arabic, while Muscat's expatriates expect English",
    "price is less important than trust when customers choose a takaful provider",
    "Gulf airlines compete on service during Eid more than on fares",
    "small date farms lack the packaging and branding needed for export",
    "{B} could improve {R} by segmenting {A} more carefully",
    "free-zone firms market themselves to logistics buyers on speed of customs clearance",
    "5G plans are sold on family bundles rather than on speed",
    "young Omanis follow local influencers more than international celebrities",
    "national pride campaigns around National Day lift brand recall",
    "customers in Aden pay in cash because they distrust digital wallets",
    "the Yemeni community in Birmingham relies on halal butchers and cafés as meeting places",
    "cash-back offers work better than discounts for credit cards in Bahrain",
]
OPENERS = ["In the Omani context", "For a Bahraini bank", "However", "In addition", "Moreover", "On the other hand",
           "From a marketing point of view", "During the holy month", "In the case of {B}", "Since the pandemic",
           "Under Oman Vision 2040", "For the Yemeni market", "In the writer's experience at {B}", "Furthermore"]  # fmt: skip
PLAIN = [
    "This section applies the theory to {B}.",
    "The table below compares {B} with its two main competitors.",
    "The writer works in the marketing department of {B} in Muscat.",
    "Interviews were held with six branch managers in Sohar and Salalah.",
    "The recommendations are summarised in the action plan in Appendix 2.",
    "All figures are in Omani rials unless stated otherwise.",
    "A PESTLE analysis of the Omani market is given in Appendix 1.",
    "The budget assumes an exchange rate of one rial to 2.6 US dollars.",
    "The next part of the report looks at the customer journey.",
    "Names of the interviewees have been withheld at their request.",
    "The campaign will run in Arabic and English.",
    "The brief asks for a marketing plan for the next financial year.",
    "This matters because {B} has lost market share since the merger.",
]
QUOTE_FRAMES = [
    "{N} describes the market as {Q}.",
    "As {N} put it, {Q}.",
    "{Q} {P}.",
    "One manager summed it up: {Q} {P}.",
    "{O}, {Q} {P}.",
    "The report is blunt: {Q} {P}.",
    "{N} warns that {Q}.",
    "Put simply, {Q} {P}.",
]
SCARE_QUOTES = ["“wasta”", "‘majlis marketing’", '"Omanisation-friendly"', "‘halal-certified’", "“Khareef-ready”",
                "'souq style'", "“shabab”", "‘premium Omani’", '"Sharia-compliant"', "‘baraka’", "“Gulf-first”",
                "‘Made in Oman’"]  # fmt: skip
SCARE_FRAMES = [
    "Many firms still rely on {Q} to win contracts {P}.",
    "{B} markets its products as {Q} {P}.",
    "The so-called {Q} approach to selling is changing {P}.",
    "Young customers in Manama call the new offer {Q} {P}.",
    "Being {Q} is no longer enough to win trust {P}.",
]
SUBJECT_LINES = ["“Ramadan Kareem: your iftar offers are here”", "‘Eid Mubarak! 25% off until Friday’",
                 '"Your Khareef getaway starts now"', "‘Celebrate National Day with double points’",
                 "“Back to school with {B}”", "'Your statement is ready'", "“Salam! Your 5G upgrade is waiting”",
                 "‘Last chance: frankincense gift sets’"]  # fmt: skip
SUBJECT_FRAMES = [
    "An email with the subject line {Q} had the highest open rate {P}.",
    "The SMS {Q} was sent to all customers before Eid {P}.",
    "{B} used {Q} as its push notification {P}.",
    "A campaign headline such as {Q} tends to work well in the Gulf {P}.",
]

# Decoys: text a careless reader could take for a citation. Every frame here is fact, law, date, code or name,
# never a source the writer had to list.
NOT_CITATIONS: dict[str, list[str]] = {
    "royal-decree": [
        "The Commercial Companies Law was issued by Royal Decree {rd}.",
        "Under Royal Decree 6/2022, customer data may only be used with consent.",
        "Since Royal Decree 18/2019 came into force, a single person can own an S.P.C.",
    ],
    "ministerial-decision": [
        "Ministerial Decision No. {md} sets the fees for e-commerce licences.",
        "The TRA's Decision No. {md} regulates SIM registration.",
    ],
    "bahrain-decree-law": [
        "Bahrain's Decree-Law No. (30) of 2018 protects personal data.",
        "The Consumer Protection Law, Law No. (35) of 2012, bans misleading offers in Bahrain.",
    ],
    "yemen-law": [
        "Islamic banks in Yemen operate under Law No. 21 of 1996.",
        "Yemen's Commercial Companies Law No. 22 of 1997 still governs most family firms.",
    ],
    "vision-2040": [
        "Oman Vision 2040 aims to raise the private sector's share of GDP.",
        "The plan supports the goals of Oman Vision 2040 (2021-2040) and Bahrain's Economic Vision 2030.",
    ],
    "five-year-plan": [
        "The Tenth Five-Year Development Plan (2021-2025) puts logistics and tourism first.",
        "The targets come from the Ninth Five-Year Plan (2016-2020).",
    ],
    "hijri-date": [
        "The offer ends on 1 Shawwal {hy} AH.",
        "The branch opened in {hy} AH ({hg} AD).",
        "Receipts were dated in the Hijri calendar, for example 15 Ramadan {hy}H.",
    ],
    "ramadan-year": [
        "Ramadan {Y2} fell in the spring, so the campaign moved forward.",
        "Sales during Ramadan ({ry}) rose by {pct}% on the previous year.",
    ],
    "eid": [
        "The Eid al-Adha ({ry}) break lasted five days.",
        "Eid al-Fitr {ry} brought the busiest week of the year for {B}.",
    ],
    "khareef": [
        "The Khareef season (June to September) doubles Salalah's population.",
        "Khareef Dhofar {ry} drew over {kv} visitors.",
    ],
    "national-day": [
        "Oman's National Day (18 November) is now celebrated on 20 November.",
        "Bahrain National Day (16-17 December) is the peak for gifting.",
        "Offers were timed for the 54th National Day in {ry}.",
    ],
    "rial-amount": [
        "The campaign budget is RO {omr},000 (OMR {omr}k).",
        "Each customer spends about OMR {omr} a month on data.",
        "The bundle costs 5.500 rials (5 rials 500 baisa).",
    ],
    "dinar-amount": [
        "Bahraini customers pay BD {bhd} for the family plan.",
        "Revenue reached BHD {bhd} million in {ry}.",
    ],
    "yemeni-rial": [
        "In Aden the dollar traded at YER {yer} in {ry}.",
        "A kilo of Sidr honey sells for over YR 60,000 in Sana'a.",
    ],
    "msx-ticker": [
        "Bank Muscat is listed on the MSX as BKMB.",
        "Omantel (MSX: OTEL) and Ooredoo (MSX: ORDS) compete on price.",
    ],
    "bahrain-bourse-ticker": [
        "Batelco trades on the Bahrain Bourse under the ticker BEYON.",
        "NBB (Bahrain Bourse: NBB) reported higher profits.",
    ],
    "cr-number": [
        "{B} is registered under CR No. {cr}.",
        "The W.L.L. holds commercial registration (CR) {cr}-1.",
    ],
    "legal-form": [
        "{B} is a public joint-stock company (S.A.O.G.) since {ry}.",
        "The firm converted from an LLC to an S.A.O.C. in {ry}.",
        "In Bahrain the company is a B.S.C. (c), a closed joint-stock company.",
    ],
    "tribe-nisba": [
        "The Al Busaidi dynasty has ruled Oman since 1744.",
        "Al Khalifa rule in Bahrain dates from 1783.",
    ],
    "ruler-dates": [
        "Sultan Qaboos bin Said (1940-2020) opened the first modern mall.",
        "Sultan Haitham bin Tariq (r. 2020-) launched the new Vision.",
        "King Hamad bin Isa Al Khalifa (b. 1950) inaugurated the airport terminal.",
    ],
    "person-dates": [
        "The poet Abdullah Al-Baradouni (1929-1999) is still quoted in Yemeni advertising.",
        "The singer Abu Bakr Salem Balfaqih (1939-2017) was from Tarim in Hadhramaut.",
        "Ahmed bin Majid (c. 1432-1500), the navigator, gives his name to a Sohar hotel.",
    ],
    "hotel-brand-year": [
        "Al Bustan Palace (1985) remains the flagship hotel in Muscat.",
        "The Chedi Muscat (opened 2003) targets high-end visitors.",
    ],
    "mall-opening": [
        "Mall of Oman (2021) and Oman Avenues Mall (2015) compete for weekend shoppers.",
        "City Centre Bahrain opened in 2008 in Seef.",
    ],
    "airline-route": [
        "Oman Air flight WY 101 to London leaves Muscat at 2.30 am.",
        "Gulf Air's GF 5 serves London Heathrow daily.",
    ],
    "flight-code-year": [
        "SalamAir (OV) began flying in 2017, first to Salalah.",
        "Yemenia (IY) resumed flights from Aden in {ry}.",
    ],
    "product-model": [
        "The bank gave away a Samsung Galaxy S24 with each new account.",
        "Customers could win a Toyota Land Cruiser 300 in the Eid draw.",
        "The router, a Huawei 5G CPE Pro 2 (H122-373), is included.",
    ],
    "tariff-name": [
        "The Baqati 20 plan and the Hayyak 5 plan are the best sellers.",
        "Its Shahry 15 postpaid plan includes 15 GB.",
    ],
    "ussd-code": [
        "Customers check their balance by dialling *100#.",
        "The recharge code *141*{n}# still works.",
    ],
    "phone-number": [
        "The call centre is on +968 2479 5555.",
        "Bahraini customers can call 8000 1234 free of charge.",
    ],
    "po-box": [
        "Letters go to P.O. Box 134, Postal Code 112, Ruwi.",
        "The head office is at P.O. Box 5, Manama, Kingdom of Bahrain.",
    ],
    "way-number": [
        "The branch is at Building 1234, Way 2810, Al Khuwair.",
        "Our shop moved to Block 338, Road 3803, Adliya.",
    ],
    "award-year": [
        "{B} won the Oman Marketing Award ({ry}) for its Ramadan film.",
        "The bank was named Best Islamic Bank in Oman (Euromoney Awards {ry}).",
    ],
    "event-year": [
        "The Muscat Festival {ry} ran from January to February.",
        "Bahrain International Airshow ({ry}) drew exhibitors from 40 countries.",
        "COMEX {ry} is the main technology show in Oman.",
    ],
    "sports-event": [
        "The Bahrain Grand Prix ({ry}) is the biggest sponsorship event of the year.",
        "The Tour of Oman 2023 was cancelled.",
        "The 25th Arabian Gulf Cup (2023) was held in Basra.",
    ],
    "census-year": [
        "The 2020 Census counted 4.47 million residents in Oman.",
        "The population census (December 2020) shows that expatriates make up nearly 40% of residents.",
    ],
    "quarter-figures": [
        "Revenue grew {pct}% in Q{q} {ry} (Q{q} {Y}: flat).",
        "Data traffic rose in H1 {ry} compared with H1 {Y}.",
    ],
    "percent-bracket": [
        "Most respondents (62%) bank with one provider only.",
        "A minority of customers ({pct}%, n = {n}) use the app weekly.",
    ],
    "survey-n": [
        "The questionnaire (n = {n}) was sent through WhatsApp in {ry}.",
        "Of the {n} respondents (Muscat, {ry}), most were under 35.",
    ],
    "appendix-figure": [
        "Figure {fig} (2024 data) shows the market shares.",
        "See Table {fig} (Section 2.3) for the full results.",
    ],
    "organisation-founded": [
        "Omantel (est. 1996) is the incumbent operator.",
        "Gulf Air (founded 1950) is Bahrain's national carrier.",
        "Bank Muscat (formed in 1982) is Oman's largest bank.",
    ],
    "organisation-bracket-abbreviation": [
        "The Telecommunications Regulatory Authority (TRA) licenses all operators.",
        "The Central Bank of Bahrain (CBB) supervises Islamic windows.",
        "The Public Authority for Consumer Protection (PACP) fined three retailers.",
    ],
    "merger-year": [
        "The HSBC Oman and Sohar International merger (2023) created a larger bank.",
        "Bank Nizwa absorbed Alizz in the 2020 merger.",
    ],
    "licence-year": [
        "Vodafone Oman received the third mobile licence (2019).",
        "The CBB licensed its first open banking provider in {ry}.",
    ],
    "university-course": [
        "The writer studied the BBA (Marketing) at Sultan Qaboos University, class of {ry}.",
        "MKT 3301 (Spring {ry}) at the University of Bahrain covered this model.",
    ],
    "cim-module": [
        "This assignment answers CIM 2206 (Level 6) Task 1.",
        "The CIM Diploma in Professional Marketing (Level 6) was completed in {ry}.",
    ],
    "frankincense-grade": [
        "Hojari frankincense (grade A, Najdi) fetches the highest price.",
        "Boswellia sacra (Flueck.) grows in the Dhofar mountains.",
    ],
    "date-variety": [
        "Khalas, Fardh and Khenaizi dates (grade 1) sell best in Ramadan.",
        "The Fardh variety (harvest {ry}) was exported to India.",
    ],
    "honey-grade": [
        "Sidr honey (Do'ani, 2 kg jar) sells for more than Samar honey.",
        "Royal Sidr (Wadi Do'an, {ry} harvest) won the gold award.",
    ],
    "port-stat": [
        "Salalah Port handled {teu} TEU in {ry}.",
        "Sohar (2024: 68 million tonnes) is now Oman's busiest port.",
    ],
    "lng-train": [
        "Oman LNG runs three trains at Qalhat (Train 3 since 2005).",
        "Bapco's Sitra refinery (1936) was the first in the Gulf.",
    ],
    "vessel-name": [
        "The tanker Ibri LNG (built 2006) carries the brand's logo.",
        "The dhow Jewel of Muscat (2010) sailed to Singapore.",
    ],
    "hashtag": [
        "The hashtag #Khareef{ry} trended in the Gulf.",
        "The campaign used #OmanVision2040 and #صنع_في_عمان.",
    ],
    "social-handle": [
        "Customers complain to @OmantelCare on X.",
        "The bank's Instagram account, @bankmuscat, has over 300k followers.",
    ],
    "website": [
        "Details are on www.omantel.om and the Omantel app.",
        "Applications are made on invest.gov.bh.",
    ],
    "email-address": [
        "Complaints can be sent to care@bankdhofar.com.",
        "The writer can be reached at marketing.team@gulfair.com.",
    ],
    "arabic-phrase": [
        "The slogan “Ahlan wa Sahlan” (welcome) greets every visitor.",
        "The Ramadan advert ends with “Kul ʿam wa antum bikhair” (many happy returns).",
    ],
    "greeting-year": [
        "The Ramadan Kareem {ry} pack included a prayer mat.",
        "Eid Mubarak {ry} e-cards were sent to every customer.",
    ],
    "standard-code": [
        "The honey meets GSO 147/2008 for labelling.",
        "The bank follows AAOIFI Sharia Standard No. 8 (Murabahah).",
        "Products carry the halal mark under OS GSO 2055-1:2015.",
    ],
    "iso-standard": [
        "The port is ISO 9001:2015 certified.",
        "{B} gained ISO 27001 in {ry}.",
    ],
    "gcc-summit": [
        "The GCC summit in Muscat (2015) discussed the customs union.",
        "The 44th GCC Summit (2023) was held in Doha.",
    ],
    "war-years": [
        "Since the war began in 2015, most banks in Sana'a have cut branches.",
        "The 1994 civil war still shapes how Adenis see northern brands.",
    ],
    "historic-years": [
        "Aden was a British colony (1839-1967) and a free port.",
        "Bahrain became independent in 1971.",
        "The Renaissance (1970) changed Oman's economy.",
    ],
    "pandemic-year": [
        "During COVID-19 (2020-2021) mall footfall fell by half.",
        "The curfew of Ramadan 2020 moved shopping online.",
    ],
    "fiscal-year": [
        "The budget covers FY{fy} (January to December).",
        "In FY {ry}, the bank spent OMR {omr}k on advertising.",
    ],
    "version-number": [
        "The new app (version {ver}) added Apple Pay.",
        "Release 4.2 ({ry}) fixed the login problem.",
    ],
    "case-study-name": [
        "The case study company, called Company Y (est. 2009) here, is the writer's employer.",
        "Company X (Muscat, {ry}) asked not to be named.",
    ],
    "job-title": [
        "Mr Ahmed Al-Rawahi (Head of Marketing, {ry}) approved the plan.",
        "Ms Fatma Al-Balushi, CEO (2019-2023), led the rebrand.",
    ],
    "honorific-name": [
        "H.E. Sayyid Badr bin Hamad Al Busaidi opened the exhibition.",
        "Sheikh Salim Ba Wazir (the chairman) welcomed the guests.",
        "Dr. Eng. Said Al-Mahri presented the port's strategy.",
    ],
    "diaspora-place": [
        "Dearborn (Michigan) has the largest Yemeni community in the US.",
        "Small Heath and Sparkbrook (Birmingham) are home to many Yemeni families.",
        "Many Hadhrami families have lived in Jakarta and Surabaya since the 1800s.",
    ],
    "temperature-weather": [
        "Muscat reaches 48 °C in June, so outdoor events move to the evening.",
        "Cyclone Shaheen (2021) closed Sohar for a week.",
    ],
    "distance-unit": [
        "Salalah is 1,000 km (about 12 hours) from Muscat by road.",
        "The King Fahd Causeway (25 km, opened 1986) links Bahrain with Saudi Arabia.",
    ],
}

BRANDS = ["Bank Muscat", "BankDhofar", "Bank Nizwa", "Sohar International", "NBO", "Ahli Bank", "Omantel", "Ooredoo",
          "Vodafone Oman", "Batelco", "stc Bahrain", "Zain Bahrain", "NBB", "BBK", "Bahrain Islamic Bank", "Al Baraka",
          "Yemen Mobile", "Al-Kuraimi", "Oman Air", "SalamAir", "Gulf Air", "Yemenia", "Lulu", "Al Fair", "Carrefour",
          "Mall of Muscat", "Amouage", "Al Safi Danone", "Mazoon Dairy", "A'Saffa", "Asyad", "Oman LNG", "Bapco",
          "OQ", "Khimji Ramdas", "Hayel Saeed Anam", "Trafco", "Kanoo Travel", "Omran", "Dhofar Fisheries"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """The fill values only this pool's frames use, drawn from the builder's random source."""
    hy = rng.randint(1440, 1447)
    return {
        "rd": f"{rng.randint(1, 120)}/{rng.randint(2000, 2024)}", "md": f"{rng.randint(10, 400)}/{rng.randint(2015, 2024)}",
        "hy": str(hy), "hg": str(hy - 1440 + 2019), "ry": str(rng.randint(2015, 2025)), "pct": str(rng.randint(3, 78)),
        "kv": f"{rng.randint(600, 999)},{rng.randint(100, 999)}", "omr": str(rng.randint(2, 950)),
        "bhd": f"{rng.randint(1, 90)}.{rng.randint(100, 999)}", "yer": f"{rng.randint(500, 2100):,}",
        "cr": str(rng.randint(1000000, 1399999)), "fig": str(rng.randint(1, 9)),
        "teu": f"{rng.randint(2, 5)}.{rng.randint(1, 9)} million", "fy": str(rng.randint(15, 26)),
        "ver": f"{rng.randint(2, 9)}.{rng.randint(0, 12)}.{rng.randint(0, 9)}",
        "season": rng.choice(["Khareef season", "holy month", "Eid holiday", "summer", "National Day period", "school holidays"]),
    }  # fmt: skip
