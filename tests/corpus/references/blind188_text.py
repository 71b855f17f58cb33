"""The blind188 pool's prose (HELD OUT): marketers in Hawaiʻi, Washington, Oregon and their diaspora.

A hundred-and-eighty-eighth independent pool, written without reading the checker, its tests or any other pool:
how candidates at banks and credit unions, retailers, food and drink makers, airlines, tech firms, media and
agencies in Honolulu, Hilo, Kailua-Kona, Kahului, Līhuʻe, Seattle, Tacoma, Spokane, Bellevue, Redmond, Olympia,
Portland, Eugene, Salem and Bend (and colleagues in Vancouver BC, Anchorage, Tokyo, Manila, Seoul and Sydney) write
CIM Level 6 and 7 reports and MBA assignments in English: American spelling beside British, Hawaiian words with and
without the ʻokina and kahakō, dollars written $, US$ and USD with M and B, laws as RCW, HRS, ORS and U.S.C. number
them, the islands' holidays and the Northwest's festivals, and brackets, years and codes that are no citations.

HELD OUT: nobody tunes the checker on this pool until its first tables have been read.
"""

# ruff: noqa: E501  (frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["First Hawaiian Bank", "Bank of Hawaii", "Central Pacific Bank", "HawaiiUSA FCU", "WaFd Bank", "BECU",
          "OnPoint Community Credit Union", "Umpqua", "Costco", "Nordstrom", "REI Co-op", "Fred Meyer", "QFC",
          "Safeway Hawaii", "Foodland", "Longs Drugs", "ABC Stores", "Powell's Books", "Amazon", "Starbucks",
          "Tillamook", "Hawaiian Sun", "Hawaiian Host", "Maui Brewing Co.", "Kona Brewing Co.",
          "Ste. Michelle Wine Estates", "Bob's Red Mill", "Dole Plantation", "MALIE Kai", "Microsoft", "Nike",
          "Columbia Sportswear", "Alaska Airlines", "Hawaiian Airlines", "Expedia", "Zillow", "T-Mobile",
          "Hawaiian Electric", "Kaiser Permanente", "Hawaiʻi Pacific Health"]  # fmt: skip

NARRATIVE_START = [
    "{N} argue that {C}.", "{N} found that {C}, although their sample was drawn only from Oʻahu.",
    "{N} concluded that {C}.", "{N} makes the case that {C}, which is directly relevant to {B}.",
    "{N} showed that {C}; {B}'s own member survey points the same way.", "{N} emphasizes that {C}.",
    "{N} observed that {C}, especially among kamaʻāina customers.", "{N} states that {C}.",
    "{N} explains how {C}.", "{N} also reported that {C}.", "{N} cautions that {C}.",
    "{N} went a step further and argued that {C} and that {C2}.",
    "{N} notes that {C} (for instance through {T}).", "{N} points out that {C} – something {B} cannot afford to ignore.",
    "{N} questioned whether {C} outside Honolulu.", "{N} found that, in the Pacific Northwest, {C}.",
    "{N} suggest that {C}, at least for {A}.",
]  # fmt: skip
NARRATIVE_MID = [
    "In a study of Hawaiʻi retailers, {N} found that {C}.", "{O}, {N} argued that {C}.",
    "This is in line with {N}, who found that {C}.", "{C}, which supports the findings of {N}.",
    "{C} – a view shared by {N}.", "As {N} highlight, {C}.", "{B} illustrates this well: {N} showed that {C}.",
    "Research by {N} indicates that {C}.", "According to {N}, {C}.",
    "A survey of Seattle-area shoppers by {N} found that {C}.", "{C}, as {N} noted in their review of {T}.",
    "Following {N}, it can be argued that {C}.", "{C}; however, {N} found the opposite for {A}.",
    "On the neighbor islands the picture is different: {N} found that {C}.",
    "Evidence from {N} suggests that, for {A}, {C}.", "Data compiled by {N} show that {C}.", "{C}, according to {N}.",
    "Unlike {B}, which leans heavily on {T}, the firms studied by {N} found that {C}.",
    "Writing about Portland's retail scene, {N} noted that {C}.", "Building on {N}, it seems that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} research shows that {C}.", "Applying {N} framework, it is clear that {C}.",
    "{O}, {N} report concluded that {C}.", "{B} could adopt {N} model, because {C}.",
    "According to {N} survey, {C}.", "{N} findings matter here because {C}.",
    "This echoes {N} argument that {C}.", "{N} analysis of the visitor market shows how {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "Research shows that {C} {P}.", "{B} is no exception, since {C} {P}.",
    "For {A}, {C} {P}.", "This matters because {C} {P}.", "{C}, especially on mobile {P}.",
    "It is often claimed that {C} {P:see}.", "Several studies report that {C} {P:e.g.}.",
    "{C} (see Figure {q}) {P}.", "{B}’s results suggest {C} {P}.", "In short, {C} {P}.",
    "{C}, which is why {B} invests in {T} {P}.", "Put simply: {C} {P}.",
    "Island data confirm this – {C} {P}.", "A key point for {B} is that {C} {P}.", "{C}. {P}",
    "Shipping costs, the Jones Act and a small population all push prices up in Hawaiʻi {P}.",
    "{C} {P:see also}.", "{C}, as several Pacific Northwest studies show {P:for example,}.",
    "Across the neighbor islands, {C} {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, but {C2}.", "{C} {P}; {C2}.", "While {C} {P}, {C2}.",
    "Although {C} {P}, it is also true that {C2}.", "{B} has found that {C} {P} – and {C2}.",
    "{C} {P:see}, whereas {C2}.", "Because {C} {P}, {B} should make sure that {C2}.",
    "Some sources {P:e.g.} argue that {C}.", "{C} {P}: in other words, {C2}.", "Studies {P} agree that {C}.",
    "{O}, {C} {P}, so {C2}.",
]  # fmt: skip
CLAIMS = [
    "{A} trust local brands more than mainland chains", "{T} lifted {R} by roughly {q}0% in one pilot",
    "{B}'s reliance on {T} leaves it exposed if visitor numbers fall",
    "personalized offers increase {R} among {A}", "kamaʻāina pricing builds loyalty but erodes margin",
    "visitors from Japan respond to different cues than visitors from the U.S. mainland",
    "brands that use Hawaiian words carelessly risk a backlash", "{T} is cheaper than TV but harder to measure",
    "the customer journey is no longer linear", "retargeting can feel intrusive if it is overused",
    "spending on {T} has grown every year since {Y}", "{A} respond better to reviews than to brand claims",
    "high living costs in Hawaiʻi make {A} unusually price-sensitive",
    "a clear sense of place helps firms like {B} to {bs}", "credit unions win members through community giving",
    "consumer health data now needs opt-in consent in Washington", "{T} only drives {R} when the offer is relevant",
    "mobile accounts for most online orders in the islands",
    "around {q} in 10 {A} have opted out of a brand's texts",
    "outdoor brands in the Northwest compete on values as much as on price",
    "the 2023 Maui wildfires changed how visitors are addressed in advertising",
]  # fmt: skip
OPENERS = [
    "Furthermore", "In addition", "On the other hand", "For example", "In Hawaiʻi", "In the Pacific Northwest",
    "For {B}'s marketing team", "Since the pandemic", "In the context of {B}", "From a member's perspective",
    "Nevertheless", "As a result", "Looking at {B}'s competitors", "Overall", "On the neighbor islands",
    "In Hawaii", "Interestingly", "That said",
]  # fmt: skip
PLAIN = [
    "{B} was founded in the Northwest and now serves customers in {q}0 states.",
    "This section reviews {B}'s current digital channels and makes recommendations.",
    "The table below summarizes the key performance indicators for each channel.",
    "{B}'s Instagram account has more than {n}k followers, but engagement is low.",
    "The recommendations are costed in US dollars and phased over twelve months.", "{O}, {C}.",
    "{B} uses Google Ads, Meta and TikTok, with most of its budget going on paid search.",
    "Customers can order online, through the app or in store, and returns are free.",
    "A SWOT and PESTLE analysis of {B} is in the appendix.",
    "Mahalo to the marketing team at {B} for sharing their data for this assignment.",
    "The main competitors are {B} and two smaller local chains.",
    "Task 2 builds on this with a content plan for the next fiscal year.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one study puts it, {Q} {P}.", "{N} put it bluntly: {Q}.", "The point is that {Q} {P}.",
    "{Q} {P}, and {B} has not yet acted on this.", "In the words of {N}, {Q}.",
]  # fmt: skip
SCARE_QUOTES = ["“aloha spirit”", "‘local-style’", "\"talk story\"", "“kamaʻāina first”", "‘Pacific Northwest nice’",
                "“mālama”", "\"Keep Portland Weird\"", "“Seattle Freeze”"]  # fmt: skip
SCARE_FRAMES = [
    "Brands now talk of {Q} marketing {P}.", "{B} calls its approach {Q} {P}.",
    "Marketers describe this as {Q} service {P}.", "The so-called {Q} is often cited by newcomers {P}.",
]  # fmt: skip
SUBJECT_LINES = ["“Mahalo for being a member – here's $25 on us”", "‘Your {M} order has shipped from Kent, WA’",
                 "\"Kamaʻāina deal: 20% off this weekend only\"", "“Lei Day treats inside 🌺”",
                 "‘Last chance: Black Friday deals end at midnight PT’"]  # fmt: skip
SUBJECT_FRAMES = [
    "One subject line, {Q}, lifted open rates {P}.", "An email headed {Q} performed best {P}.",
    "{B} sent the message {Q} to lapsed customers {P}.",
]  # fmt: skip

# Text with brackets, years, numbers or quotation marks that is no citation.
NOT_CITATIONS = {
    "hawaiian-holiday": ["{B} runs a Lei Day (1 May) promotion every year.",
                         "Stores close early on King Kamehameha Day (11 June).",
                         "Prince Kūhiō Day (26 March) is a state holiday in Hawaiʻi."],
    "festival-year": ["{B} sponsored the Merrie Monarch Festival ({Y}) livestream.",
                      "Sales spiked during Aloha Festivals (September {Y}).",
                      "The brand had a booth at Bumbershoot ({Y})."],
    "northwest-festival": ["Foot traffic doubled during Seafair (July {Y}).",
                           "{B} ran a float in the Portland Rose Festival ({Y}).",
                           "The Pendleton Round-Up (since 1910) draws about 50,000 people."],
    "sporting-event": ["{B} was a sponsor of the Honolulu Marathon ({d} December {Y}).",
                       "Ticket sales for the Seahawks home opener ({Y}) were the highest on record."],
    "retail-calendar": ["Black Friday (29 November 2024) fell late that year.",
                        "{B} promoted Small Business Saturday (30 November) on Instagram.",
                        "REI's #OptOutside (2015) closed every store on Black Friday."],
    "law-with-year": ["The Children's Online Privacy Protection Act of 1998 applies to any site aimed at children.",
                      "Marketing emails must follow the CAN-SPAM Act of 2003.",
                      "Shipping to the islands is governed by the Merchant Marine Act of 1920 (the Jones Act)."],
    "rcw-number": ["Washington's My Health My Data Act (RCW 19.373) took effect in {Y2}.",
                   "The Consumer Protection Act (RCW 19.86.020) bans unfair practices."],
    "hrs-section": ["Hawaii Revised Statutes § 481B covers unfair and deceptive practices.",
                    "Data breaches are covered by HRS § 487N-2 (notice of security breach)."],
    "oregon-bill": ["The Oregon Consumer Privacy Act (SB 619, 2023) applies from July 2024.",
                    "Oregon's bottle bill (1971) made refund labels part of every can's design."],
    "ftc-guides": ["Influencer posts must follow the FTC's Endorsement Guides (16 CFR Part 255).",
                   "The FTC updated its Green Guides (16 CFR Part 260) consultation in {Y}."],
    "regulator-acronym": ["Complaints went to the Office of Consumer Protection (OCP) in Honolulu.",
                          "The Washington State Attorney General (AGO) opened an inquiry in {Y}."],
    "agency-with-year": ["The Hawaiʻi Tourism Authority (HTA) was created in 1998.",
                         "DBEDT (Department of Business, Economic Development and Tourism) publishes monthly visitor statistics."],
    "statehood-history": ["Hawaiʻi became the 50th state (21 August 1959).",
                          "The overthrow of the Hawaiian Kingdom (1893) still shapes how locals read corporate messaging."],
    "monarch-dates": ["King Kamehameha I (c. 1758–1819) united the islands by 1810.",
                      "Queen Liliʻuokalani (1838–1917) wrote \"Aloha ʻOe\"."],
    "person-not-author": ["Robert Harrison (CEO, First Hawaiian Bank) spoke at the launch.",
                          "Howard Schultz (Starbucks CEO from 1987) bought the company from its founders.",
                          "Phil Knight (Nike co-founder) still owns a large stake."],
    "founded-year": ["{B} (founded {Y}) is still family-owned.", "Tillamook (est. 1909) is a farmer-owned co-op.",
                     "Powell's Books (1971) fills a whole city block."],
    "ticker": ["Bank of Hawaii (NYSE: BOH) reported higher deposits.",
               "Costco (NASDAQ: COST) rarely advertises.", "T-Mobile US (TMUS) raised its guidance."],
    "dollar-m": ["{B}'s marketing budget was $4.{q}M in FY{Y}.",
                 "The campaign cost US${n}K (about ¥{n}0,000 at the time)."],
    "dollar-b": ["Visitor spending reached US$20.{q}B ({Y}).", "Amazon's ad revenue passed USD 46.9B in 2023."],
    "fiscal-year": ["Results for FY{Y} (ended 30 June) were weaker.", "The plan covers Q{q} FY{Y2}."],
    "form-10k": ["The risk factors are set out in the annual report (Form 10-K, FY{Y}).",
                 "Nordstrom's proxy statement (DEF 14A) lists executive pay."],
    "zip-code": ["Most members live in ZIP codes 96813–96826.", "The pilot store opened in Bend (97702) in {Y}."],
    "area-code": ["The call center number starts (808) 5{q}5-{n}.", "Customers in Seattle (206) and Tacoma (253) were targeted separately."],
    "flight-number": ["Hawaiian flight HA 21 (HNL–SEA) was used in the ad.",
                      "Alaska Airlines' AS 843 (PDX–KOA) started in {Y}."],
    "aircraft-model": ["Hawaiian's Airbus A321neo (2018) opened West Coast routes.",
                       "Boeing's 737 MAX (2017) featured in the crisis case study."],
    "product-model": ["The Nike Air Max 1 (1987) is still a bestseller.",
                      "Microsoft Surface Pro {q} (2023) was advertised heavily in Bellevue.",
                      "Columbia's Bugaboo II (size L) sold out."],
    "natural-disaster": ["After the Lahaina fire (8 August 2023) {B} paused all paid ads.",
                         "Hurricane Iniki (1992) shut Kauaʻi's resorts for months."],
    "covid-period": ["Visitor arrivals collapsed in the pandemic (March 2020–October 2020).",
                     "Safe Travels Hawaiʻi (2020–2022) required pre-travel tests."],
    "campaign-name": ["{B}'s \"Mālama Hawaiʻi\" ({Y}) asked visitors to volunteer.",
                      "Nike's \"Dream Crazy\" (2018) split opinion."],
    "slogan-year": ["Alaska Airlines' tagline (\"Our people make the difference\", {Y}) was retired.",
                    "Starbucks' \"Third Place\" idea (1990s) is still used in training."],
    "award": ["The campaign won a Pele Award (Gold, {Y}).", "{B} made the Best Places to Work list (its {Y} edition)."],
    "ranking": ["{B} ranked No. {q} on Washington's best-employers list in {Y}.", "REI Co-op has appeared on the Fortune list (100 Best Companies) since 1998."],
    "survey-sample": ["We surveyed members online (n = {n}, {Y}).", "Focus groups ran in Hilo and Kona (n = 2{q})."],
    "figure-table": ["Visitor arrivals by island are shown below (Table {q}).", "See the customer journey map (Figure {q}, Appendix B)."],
    "percent-bracket": ["Most of the audience is local ({q}5%).", "Japanese arrivals remain below pre-pandemic levels (−3{q}%)."],
    "island-place": ["The store is in Kahului (Maui) near the airport.", "Hilo (Hawaiʻi Island) has a very different customer base from Kailua-Kona."],
    "hawaiian-gloss": ["The concept of kuleana (responsibility) runs through the campaign.",
                       "Staff are trained in hoʻokipa (hospitality).", "The brand talks about ʻohana (family) constantly."],
    "japanese-gloss": ["Omiyage (souvenir gifts) drive Hawaiian Host's Japan sales.",
                       "Many visitors come in Golden Week (29 April–5 May)."],
    "japanese-era": ["Japanese outbound travel peaked in Heisei 9 (1997).", "The Tokyo office's plan is dated Reiwa 6 (2024)."],
    "asian-holidays": ["{B} ran a Lunar New Year (February {Y}) promotion in Chinatown.",
                       "Chuseok (September) and Obon (July–August) both affect local spending."],
    "native-nation": ["The Tulalip Tribes (Washington) run one of the region's largest resorts.",
                      "The Confederated Tribes of Warm Springs (est. 1855) were consulted.",
                      "The Yakama Nation (Treaty of 1855) owns the brand outright."],
    "treaty-year": ["Fishing rights date from the Treaty of Medicine Creek (1854).",
                    "The Boldt decision (1974) upheld tribal fishing rights."],
    "company-legal-form": ["MALIE Kai Chocolates (LLC) is based on Oʻahu.",
                           "The brand is owned by Hawaiian Host Group (Hawaiian Host, Inc.)."],
    "merger": ["Alaska Air Group completed its purchase of Hawaiian Holdings (September 2024).",
               "Umpqua merged with Columbia Banking System (2023)."],
    "version-app": ["The BECU app (version {q}.{n}) added Zelle.", "The member portal dropped support for iOS 1{q}."],
    "hashtag-handle": ["Posts used #ShopLocalHI and tagged @foodlandhawaii.", "The #OptOutside hashtag ({Y}) trended nationally."],
    "course-code": ["This assignment is for MKT 6{q}0 (Spring {Y}) at Shidler.", "It builds on BA 5{q}5 (Foster MBA, Autumn quarter)."],
    "exchange-rate": ["At ¥150 to the dollar (2024), Hawaiʻi became expensive for Japanese visitors.",
                      "Prices were converted at 1 USD = 1.36 CAD ({Y})."],
    "units-distance": ["The drive from Hilo to Kona is about 75 miles (121 km).", "Tillamook ships 2 lb (907 g) blocks."],
    "time-zone": ["Emails were sent at 6 a.m. HST (9 a.m. PT).", "The sale ends at midnight PT (9 p.m. HST)."],
    "tv-station": ["The spot ran on KHON2 (FOX) and KITV4 (ABC).", "OPB (Oregon Public Broadcasting) covered the launch."],
    "dates-us": ["The campaign ran 5/1/{Y} to 6/11/{Y}.", "Enrollment closes 12/31 (11:59 p.m. HST)."],
}  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """Fill values only this pool's frames use (none beyond the base ones; kept for the builder's call)."""
    return {"isle": rng.choice(["Oʻahu", "Maui", "Kauaʻi", "Hawaiʻi Island", "Molokaʻi", "Lānaʻi"])}
