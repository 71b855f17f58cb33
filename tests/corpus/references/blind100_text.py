"""Prose for the hundredth held-out pool, "blind100": sentence frames, claims, brands and text that is not a citation.

HELD OUT: never tune the checker on this pool; report its tables, never its misses. Written by a hundredth hand,
without reading the checker, its tests or the other pools' frames, decoys and works, from how brand, export, trade,
CRM, digital, destination and communications marketers at wineries and brandy houses, mineral-water makers, banks
and fintechs, telecoms, supermarket and mall operators, hotel groups, airlines, tourism boards and agencies in
Tbilisi, Batumi, Kutaisi, Telavi, Yerevan, Gyumri, Dilijan, Baku, Ganja and Gabala write CIM Level 6 and 7 reports
and MBA assignments in English: laws and decrees with their numbers and years, company forms (JSC, LLC, CJSC, OJSC,
PLC, LEPL), ticker symbols and listings, lari, dram and manat figures, Rtveliseba, Tbilisoba, Vardavar, Novruz and
Black Friday calendars, vintages and brandy ages, appellations, Georgian, Armenian and Azerbaijani slogans glossed
in English, survey waves, tariff and card names, flight numbers, hotel star ratings, course codes and the
study-centre's own templates.
"""

# ruff: noqa: E501  (frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["TBC Bank", "Bank of Georgia", "Liberty Bank", "Silknet", "Magti", "Borjomi", "Tbilvino", "Teliani Valley",
          "Château Mukhrani", "Nikora", "Carrefour Georgia", "Ameriabank", "Ardshinbank", "Team Telecom Armenia",
          "Viva Armenia", "Yerevan Brandy Company", "Ararat", "Tsarukyan Wine", "Armenia Wine", "Yerevan City",
          "Kapital Bank", "PASHA Bank", "Azercell", "Bakcell", "Bravo", "AZAL", "Fly Arna", "Georgian Airways",
          "Jermuk", "Nabeghlavi", "Khareba", "Schuchmann Wines", "Sarajishvili", "Galleria Tbilisi", "Dalma Garden Mall",
          "Port Baku Mall", "Rooms Hotels", "Tumo", "idram", "TBC Pay", "Birbank", "m10", "Space Bank", "Goodwill",
          "Spar Georgia", "Shant", "Kilikia", "Savane"]  # fmt: skip

_CITIES = ["Tbilisi", "Batumi", "Kutaisi", "Telavi", "Yerevan", "Gyumri", "Dilijan", "Baku", "Ganja", "Gabala",
           "Sighnaghi", "Borjomi", "Sheki", "Jermuk", "Vanadzor"]  # fmt: skip
_FESTIVALS = ["Rtveliseba", "Tbilisoba", "Giorgoba", "Vardavar", "Novruz Bayram", "Gurban Bayram", "Orthodox Christmas",
              "Armenian Christmas", "Easter", "Independence Day", "New Year", "back-to-school", "Black Friday",
              "Mariamoba", "Ramadan", "Areni Wine Festival", "New Wine Festival", "Baku Jazz Festival"]  # fmt: skip
_GRAPES = ["Saperavi", "Rkatsiteli", "Mtsvane", "Kisi", "Areni", "Voskehat", "Khikhvi", "Tavkveri", "Madrasa",
           "Chinuri", "Aladasturi", "Otskhanuri Sapere"]  # fmt: skip
_APPELLATIONS = ["Mukuzani", "Kindzmarauli", "Tsinandali", "Khvanchkara", "Napareuli", "Akhasheni", "Teliani",
                 "Vazisubani", "Kotekhi", "Manavi"]  # fmt: skip
_PRODUCTS = ["Space card", "Ameria Wallet", "Birbank Cashback", "Magti Fix", "Silknet Mega", "Azercell Ekspress",
             "TBC Concept", "Bakcell Klass", "Viva Start", "Team Unlimited", "Plus card", "Kapital Premium"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """The pool's own fill values ("{gel}", "{city}"...), drawn after the builder's."""
    year = rng.randint(2016, 2025)
    return {
        "gel": f"{rng.randint(2, 950)}.{rng.choice(['0', '5', '9'])}",
        "amd": f"{rng.randint(1, 990)},{rng.randint(100, 999)}",
        "azn": str(rng.randint(3, 4800)),
        "mln": str(rng.randint(2, 480)),
        "pct": f"{rng.randint(3, 78)}",
        "city": rng.choice(_CITIES),
        "fest": rng.choice(_FESTIVALS),
        "grape": rng.choice(_GRAPES),
        "app": rng.choice(_APPELLATIONS),
        "prod": rng.choice(_PRODUCTS),
        "vint": str(rng.randint(2009, 2023)),
        "age": str(rng.choice([3, 5, 7, 10, 15, 20])),
        "yr": str(year),
        "yr2": str(year + 1)[2:],
        "flight": f"{rng.choice(['J2', 'A9', 'G6', '5F'])} {rng.randint(11, 899)}",
        "code": f"{rng.choice(['7CM', '6MS', '7MAR', 'MBA', 'BUS'])}{rng.randint(101, 799)}",
        "dec": str(rng.randint(11, 320)),
        "star": str(rng.randint(3, 5)),
    }


# ---------------------------------------------------------------------------------------------- citing frames
NARRATIVE_START = [
    "{N} found that {C}.",
    "{N} argue that {C}, a finding that fits {B}'s experience in {city}.",
    "{N} shows that {C}.",
    "{N} reports that in the South Caucasus {C}.",
    "{N} suggests that {C}, although the sample was drawn mainly from {city}.",
    "{N} notes that {C}; this is directly relevant to {B}.",
    "{N} observed that {C} during the {fest} season.",
    "{N} concluded that {C}.",
    "{N} make a similar point: {C}.",
    "{N} explains that {C}, which supports the recommendation in section {q}.",
]  # fmt: skip
NARRATIVE_MID = [
    "For {B}, the evidence from {N} suggests that {C}.",
    "In a study of {A} in {city}, {N} found that {C}.",
    "This view is shared by {N}, who argue that {C}.",
    "As {N} points out, {C}.",
    "Research by {N} indicates that {C}.",
    "The wine sector is no exception, and {N} shows that {C}.",
    "According to {N}, {C}.",
    "Looking at banking customers in Georgia and Armenia, {N} concluded that {C}.",
    "A similar pattern was identified by {N} among {A}.",
    "Both the internal data and {N} suggest that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study of {A} in {city} found that {C}.",
    "Using {N} model, {B} could measure {R} more consistently.",
    "{N} framework helps explain why {C}.",
    "This report applies {N} typology to {B}'s export markets.",
    "{N} findings suggest that {C}.",
    "Following {N} argument, {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.",
    "In the South Caucasus, {C} {P}.",
    "{O}, {C} {P}.",
    "Among {A} in {city}, {C} {P}.",
    "For a brand such as {B}, {C} {P}.",
    "This matters because {C} {P}.",
    "Evidence from the wider region shows that {C} {P}.",
    "{C}, particularly around {fest} {P}.",
    "Banks and telecoms face the same challenge: {C} {P}.",
    "It is widely accepted that {C} {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, which means {B} should review its approach to {T}.",
    "Although {C} {P}, {B} has not yet adapted its offer.",
    "{O}, {C} {P}, and this is reflected in {B}'s latest campaign.",
    "Since {C} {P}, the recommendation focuses on {R}.",
    "Because {C} {P}, {B} is well placed to grow in {city}.",
    "{C} {P}; however, the picture for {A} is less clear.",
    "While {C} {P}, export markets such as Poland and China behave differently.",
]  # fmt: skip
CLAIMS = [
    "country-of-origin cues strongly influence how foreign buyers judge Georgian wine",
    "qvevri wines command a price premium in export markets",
    "trust in banks in the South Caucasus has recovered more slowly than in Central Europe",
    "mobile banking apps have become the main channel for younger customers",
    "telecom customers in the region switch operator mainly on price",
    "loyalty cards increase the share of wallet of regular supermarket shoppers",
    "wine tourism extends the length of stay in rural regions",
    "brand heritage is a key source of differentiation for brandy producers",
    "diaspora visitors are a large and under-served tourism segment",
    "social media is now the first source of travel inspiration for regional visitors",
    "cashless payments grew sharply after the pandemic",
    "consumers trust recommendations from friends more than advertising",
    "influencer endorsements raise awareness but not always purchase intention",
    "price promotions around holidays shift demand rather than create it",
    "premium mineral water brands rely on the story of their source",
    "small wineries struggle to fund export marketing on their own",
    "customer experience is the main driver of satisfaction in retail banking",
    "destination image is shaped by safety perceptions as much as by attractions",
    "younger consumers expect personalised offers through apps",
    "shopping malls are becoming leisure destinations rather than places to shop",
    "low-cost airlines have changed who visits the region",
    "Russian-speaking markets remain important for wine and brandy exports",
    "geographical indications help protect the value of regional wine names",
    "employees' advocacy on social media builds trust in service brands",
    "gastronomy is a growing reason for visiting the Caucasus",
    "fintech start-ups compete with banks mainly on convenience",
    "Telegram channels have become an important source of news and offers",
    "consumer ethnocentrism favours local food and drink brands",
    "sustainability claims matter more to European importers than to local buyers",
    "digital wallets reduce the cost of serving low-value customers",
]  # fmt: skip
OPENERS = [
    "In the Georgian wine sector",
    "In Armenia's banking market",
    "For operators in Azerbaijan",
    "Across the South Caucasus",
    "In the context of {B}",
    "Since the pandemic",
    "In export markets",
    "For tourism boards in the region",
    "In mature markets",
    "For fast-moving consumer goods in {city}",
]  # fmt: skip
PLAIN = [
    "This section analyses the marketing environment of {B}.",
    "The following recommendations are based on the analysis above.",
    "{B} operates in a highly competitive market.",
    "Table {q} summarises the main findings.",
    "The author works in the marketing team of {B} in {city}.",
    "The objectives below follow the SMART format.",
    "A mixed approach is recommended for the next twelve months.",
    "Competition from regional and international players continues to intensify.",
    "The budget is presented in lari and was approved by the commercial director.",
    "These findings are discussed further in the next section.",
    "The customer journey map is shown in Appendix {q}.",
    "Senior management has asked for clear, measurable targets.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.",
    "{N} put it plainly: {Q}.",
    "As one study of the region concludes, {Q} {P}.",
    "{O}, {Q} {P}.",
    "This was summarised well: {Q} {P}.",
    "{N} writes that {Q}, which is exactly {B}'s challenge.",
    "The point is worth quoting in full: {Q} {P}.",
]  # fmt: skip
SCARE_QUOTES = [
    "“premium”", "“authentic”", "‘traditional’", "\"digital first\"", "“love brand”", "‘local hero’",
    "“qvevri style”", "\"cashback\"", "‘smart tourism’", "“old money”", "“Georgian hospitality”",
    "‘super app’", "“hidden gem”", "\"value for money\"", "“experience economy”",
]  # fmt: skip
SCARE_FRAMES = [
    "{B} positions itself as {Q}, a claim that needs support {P}.",
    "The term {Q} is used loosely in the sector {P}.",
    "Many brands now call themselves {Q} {P}.",
    "{N} questions whether {Q} means anything to {A}.",
    "Being {Q} is no longer enough to win {A} {P}.",
]  # fmt: skip
SUBJECT_LINES = [
    "“Happy {fest}! A gift from {B} inside”", "‘Your {prod} cashback is waiting’", "\"Only 3 days left: {pct}% off\"",
    "“Gilotsavt! Congratulations from {B}”", "‘Novruz bayramınız mübarək!’", "“Shnorhavor Nor Tari!”",
    "\"Your flight to {city} is confirmed\"", "“Taste the new {vint} {grape}”", "‘We miss you, come back to {B}’",
]  # fmt: skip
SUBJECT_FRAMES = [
    "The email headed {Q} achieved the highest open rate of the campaign {P}.",
    "Push notifications such as {Q} perform well when timed carefully {P}.",
    "{B}'s SMS {Q} was sent to all active customers {P}.",
    "Testing {Q} against a plain version showed the value of personalisation {P}.",
    "{N} recommends short subject lines like {Q}.",
]  # fmt: skip

# ---------------------------------------------------------------------------------------------- decoys
# Text with capitals, years, brackets or quotation marks that cites nothing, kind -> frames.
NOT_CITATIONS: dict[str, list[str]] = {
    "law-with-number": [
        "All consent forms were updated to meet the Law on Personal Data No. 998-IIIQ of 11 May 2010.",
        "{B} must also follow the Law on Advertising No. 1000-IVQ (2015), which restricts alcohol advertising.",
        "Data is stored in line with the Law of the Republic of Armenia on Protection of Personal Data (HO-49-N).",
    ],
    "georgian-law-year": [
        "The new Law of Georgia on Personal Data Protection (2023) introduced stricter rules on direct marketing.",
        "Under the Law of Georgia on Advertising (1998), alcohol may not be advertised to minors.",
        "The Law of Georgia on Vine and Wine sets out how appellations such as {app} may be used on labels.",
    ],
    "central-bank-decree": [
        "The NBG's Order No. {dec}/04 on consumer protection limits how loans may be advertised.",
        "CBA Regulation {q}/03 (amended in {Y}) requires the full annual rate to be shown in every loan advert.",
        "CBAR Decision No. {n} of {d} March {yr} changed the rules on cashback for card payments.",
    ],
    "company-form": [
        "The company was re-registered as Teliani Valley JSC in {Y} and listed on the Georgian Stock Exchange.",
        "IDS Borjomi Georgia LLC is the legal entity behind the brand; the trade mark is held separately.",
        "{B} (formerly a CJSC, now an OJSC) changed its legal form ahead of the bond issue.",
    ],
    "lepl-body": [
        "The LEPL National Wine Agency controls every export consignment before it leaves the country.",
        "Grants are administered by the LEPL Enterprise Georgia under the Produce in Georgia programme.",
    ],
    "stock-ticker": [
        "TBC Bank Group PLC (LSE: TBCG) is a constituent of the FTSE 250 index.",
        "Lion Finance Group PLC (LSE: BGEO) reported record profits for {Y}.",
        "Kazakh and Georgian listings (KASE, GSE) attract few local retail investors.",
    ],
    "lari-figure": [
        "The campaign budget is GEL {mln},000 (approximately ₾{mln}k), split across four quarters.",
        "An average basket at {B} is ₾{gel} on weekdays and ₾{gel} at weekends.",
        "Revenue rose to GEL {mln} million in FY{yr}, up {pct}% on the year before.",
    ],
    "dram-figure": [
        "A 0.5 litre bottle of {age}-year-old brandy retails for AMD {amd} in Yerevan.",
        "The monthly tariff is ֏{amd}, which includes unlimited calls within the network.",
        "Loan approvals above AMD {mln} million require a second signature.",
    ],
    "manat-figure": [
        "Mobile data packages start at AZN {azn} per month (₼{azn} with the student discount).",
        "The average hotel room rate in {city} reached ₼{azn} in August {Y}.",
        "Cashback is capped at {azn} AZN per customer per month.",
    ],
    "exchange-rate": [
        "All figures are converted at the NBG rate of 1 USD = 2.7{q} GEL on 1 January {yr}.",
        "At the time of writing, EUR 1 was worth about AMD 4{q}0 and AZN 1.8.",
    ],
    "vintage-year": [
        "The {vint} {grape} won a gold medal at Decanter World Wine Awards.",
        "Their {app} {vint} is the bestseller in the UK and Poland.",
        "The winery released only 3,000 bottles of its {vint} amber wine.",
    ],
    "brandy-age": [
        "Ararat Nairi (20 years) and Ararat Akhtamar (10 years) anchor the premium range.",
        "The {age}-year-old (XO) expression is aimed at duty-free shoppers.",
        "Sarajishvili VSOP (aged at least 4 years) is positioned as a gift brandy.",
    ],
    "appellation-pdo": [
        "{app} (PDO) can only be made from {grape} grown in the defined micro-zone.",
        "Only 18 of Georgia's 29 protected appellations (PDOs) are exported in volume.",
    ],
    "founding-year": [
        "Château Mukhrani (est. 1876) reopened to visitors in {Y}.",
        "The Yerevan Brandy Company (founded 1887) is now owned by Pernod Ricard.",
        "Borjomi has been bottled since 1890, which gives it a powerful heritage story.",
    ],
    "festival-date": [
        "Rtveliseba (mid-September to October) is the busiest period for wine tours in Kakheti.",
        "Vardavar (14 weeks after Easter) is an ideal moment for a playful summer campaign.",
        "Novruz Bayram (20-24 March) is the biggest gifting season for Azerbaijani retailers.",
    ],
    "christmas-dates": [
        "Orthodox Christmas (7 January) and Armenian Christmas (6 January) extend the festive season.",
        "Sales peak between New Year (31 December) and Christmas (7 January) in Georgia.",
    ],
    "independence-day": [
        "Independence Day (26 May) campaigns in Georgia tend to use national symbols and the flag.",
        "Armenia's Independence Day (21 September) falls in the middle of the harvest season.",
        "Azerbaijan marks Independence Day on 28 May and Victory Day on 8 November.",
    ],
    "black-friday": [
        "{B}'s Black Friday ({d} November {yr}) sale drove {pct}% of the month's online orders.",
        "The ‘Black Friday Week’ (BFW{yr2}) ran from Monday to Sunday for the first time.",
    ],
    "georgian-slogan": [
        "The campaign line ‘Gaumarjos!’ (Cheers!) was used on all outdoor posters.",
        "Its slogan, “Sakartvelos gemo” (The taste of Georgia), tested well with older customers.",
        "The toast “Gagvimarjos” (Victory to us) appeared on limited-edition labels.",
    ],
    "armenian-slogan": [
        "The bank's tagline “Mer bankə” (Our bank) was retired in {Y}.",
        "The campaign “Hayastan, mer tun” (Armenia, our home) targeted the diaspora.",
    ],
    "azerbaijani-slogan": [
        "The slogan “Bizimlə daha yaxın” (Closer with us) runs across all channels.",
        "“Xoş gəlmisiniz!” (Welcome!) greets passengers on every AZAL flight screen.",
    ],
    "russian-transliteration": [
        "Older customers still call the product “Borzhomi” (Боржоми), its Russian spelling.",
        "Menus in {city} often list the dish as Khachapuri (Хачапури) for Russian-speaking visitors.",
    ],
    "tariff-name": [
        "The new ‘{prod}’ tariff (launched {Y}) replaced three older bundles.",
        "Customers on ‘Unlimited {yr}’ (GEL {gel} per month) show the lowest churn.",
    ],
    "card-product": [
        "The Space Card (TBC) and the Plus card (Bank of Georgia) dominate the student segment.",
        "Birbank Cashback (Kapital Bank) gives up to {pct}% back in partner stores.",
    ],
    "survey-wave": [
        "The Caucasus Barometer (CB{yr}) wave asked about trust in banks for the first time in years.",
        "The questionnaire (n = {n}) was run online in Georgian, Armenian and Russian.",
        "Wave {q} of the customer tracker (Q{q} {yr}) showed a small decline in awareness.",
    ],
    "sample-size": [
        "A convenience sample of {A} (N={n}) was surveyed in {city}.",
        "Of the {n} respondents (response rate {pct}%), most were under 35.",
    ],
    "quarter-figure": [
        "Active users of the app reached {mln}0,000 in Q{q} {yr}, up from Q{q} {Y}.",
        "H1 {yr} results (January-June) were ahead of the budget.",
    ],
    "fiscal-year": [
        "The FY{yr2} plan (1 January to 31 December) assumes inflation of around {pct}%.",
        "In 2024/25 the marketing team grew from {q} to {n} people.",
    ],
    "flight-number": [
        "The new route (flight {flight}) links {city} with Munich three times a week.",
        "Fly Arna's launch flight, {flight}, landed in Zvartnots on {d} June {Y}.",
    ],
    "airport-code": [
        "Routes from TBS, KUT and BUS now outnumber those from EVN and GYD combined.",
        "Passenger numbers at Gabala (GBB) remain small compared with Baku (GYD).",
    ],
    "hotel-stars": [
        "The group runs {q} four-star (4*) and two five-star (5*) hotels in Batumi.",
        "Occupancy at {star}-star properties in {city} fell to {pct}% in February.",
    ],
    "unesco-listing": [
        "The qvevri method (inscribed by UNESCO as intangible heritage in 2013) gives Georgian wine a strong story.",
        "Sheki's historic centre (a World Heritage Site since 2019) is central to the tourism board's imagery.",
    ],
    "course-code": [
        "This assignment is submitted for unit {code} (Level 7) of the CIM Postgraduate Diploma.",
        "Word count: {n}0 (excluding tables, appendices and the reference list).",
    ],
    "study-centre-template": [
        "Candidate number: {n}{q}{d} (CIM study centre, {city}).",
        "Submission date: {d}/0{q}/{yr} (Version 2, final).",
    ],
    "marketing-model": [
        "The PESTLE analysis (Appendix {q}) shows that political risk remains high.",
        "The 7Ps (Booms and Bitner's extended mix) are applied to the hotel group below.",
        "A SOSTAC plan (situation, objectives, strategy, tactics, action, control) structures section {q}.",
    ],
    "figure-table-caption": [
        "Figure {q}: Share of cashless payments in Georgia, {Y}-{yr} (source: company data).",
        "Table {q}. Tourist arrivals by country of origin ({yr}, thousands).",
    ],
    "appendix-reference": [
        "See Appendix {q} (interview transcripts) for the full responses.",
        "The full competitor audit is in Appendix {q}b (pages {n} onwards).",
    ],
    "interview-code": [
        "One brand manager (Interviewee {q}, {d} March {yr}) described the export push as ‘a marathon’.",
        "Respondent R{n} (female, 25-34, {city}) said she only uses the app to pay bills.",
    ],
    "social-handle": [
        "The Instagram account @{city}Wines ({n}k followers) is run by an external agency.",
        "{B}'s TikTok account ({n}k followers) posted a video a day during {fest}.",
        "The Telegram channel “Wine of Georgia” (t.me/winegeorgia) shares offers every Friday.",
    ],
    "hashtag-campaign": [
        "The #Rtveliseba{yr} hashtag generated {n} posts in its first week.",
        "User-generated content under #TasteGeorgia and #ArmeniaTravel was curated for the website.",
    ],
    "website-address": [
        "Bookings are taken through georgia.travel and the partners' own sites (e.g. www.rooms.ge).",
        "The landing page (www.{city}.travel/en/offers) was visited {n},000 times.",
    ],
    "app-version": [
        "The redesigned app (version {q}.{d}, released {yr}) introduced biometric login.",
        "Ratings on Google Play (4.{q} stars, {n},000 reviews) are above those of competitors.",
    ],
    "award-year": [
        "{B} was named Best Bank in Georgia (Euromoney Awards for Excellence {yr}).",
        "The campaign won silver at the Effie Awards Georgia {yr}.",
    ],
    "certification": [
        "The winery holds ISO 22000 and BRCGS (Grade A) certification.",
        "All hotels in the group are Green Key certified (since {Y}).",
    ],
    "organisation-acronym": [
        "Support came from the EU4Business initiative (EU) and the EBRD Star Venture programme.",
        "GNTA (the Georgian National Tourism Administration) co-funded the press trip.",
        "The ADB and USAID (through its Economic Security Program) have funded value-chain projects.",
    ],
    "dcfta-trade": [
        "The DCFTA (in force since 2016) removed most tariffs on Georgian wine in the EU.",
        "Armenia's membership of the EAEU (Eurasian Economic Union) shapes its export routes.",
    ],
    "gi-trade-mark": [
        "Borjomi® and Nabeghlavi® are registered trade marks in over 40 countries.",
        "Armenian producers may no longer use the word “Cognac” on exports to the EU under the CEPA signed in 2017.",
    ],
    "covid-period": [
        "During the lockdown (March-May 2020) online grocery orders tripled.",
        "International arrivals only recovered to pre-COVID (2019) levels in {yr}.",
    ],
    "time-period": [
        "Between {Y} and {Y2} the number of wineries in Georgia more than doubled.",
        "The period 2015-2019 was the strongest for Russian demand.",
    ],
    "versioned-strategy": [
        "The Georgia Tourism Strategy 2025 (GNTA) set a target of 11 million visitors.",
        "{B}'s ‘Vision {yr}’ plan prioritises digital sales.",
    ],
    "tv-programme": [
        "The brand sponsored the cooking show “Supra” (Imedi TV, Sunday evenings).",
        "The advert ran during “Evening News” (Public TV, 21:00) for two weeks.",
    ],
    "shop-format": [
        "Nikora opened its {n}th store (Nikora Express format) in {city}.",
        "Bravo (Azerbaijan) runs hypermarket, supermarket and Bravo Mini formats.",
    ],
}

__all__ = ["BRANDS", "CLAIMS", "NARRATIVE_MID", "NARRATIVE_START", "NOT_CITATIONS", "OPENERS", "PARENTHETICAL_END",
           "PARENTHETICAL_MID", "PLAIN", "POSSESSIVE", "QUOTE_FRAMES", "SCARE_FRAMES", "SCARE_QUOTES", "SUBJECT_FRAMES",
           "SUBJECT_LINES", "values"]  # fmt: skip
