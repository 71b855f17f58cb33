"""The blind109 pool (HELD OUT): the prose of CIM Level 6 and 7 reports and MBA assignments written in English by
marketers in Mongolia (Ulaanbaatar, Erdenet, Darkhan) and by Mongolians in Inner Mongolia, Buryatia and Seoul, at
banks, telecoms, mining and cashmere firms, retailers, FMCG and dairy makers, airlines, tourism camps and agencies.

Written by a hundred-and-ninth hand without reading the checker, its tests or any other pool. Its frames, claims,
brands and decoys are those such candidates write: tögrög figures with ₮ or MNT, Mongolian Stock Exchange tickers,
the Bank of Mongolia's policy rate, Financial Regulatory Commission resolutions and laws with their adoption dates,
Naadam, Tsagaan Sar and dzud calendars, aimags and soums, ger camps, presidents and prime ministers with their terms,
names with a patronymic initial ("B. Gantulga"), Cyrillic words with English glosses, Korean won and Chinese yuan,
straight and curly quotation marks. HELD OUT: nobody tunes the checker on it until its first tables are read.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Khan Bank", "Golomt Bank", "TDB", "XacBank", "State Bank", "Mobicom", "Unitel", "Skytel", "G-Mobile",
          "Gobi Cashmere", "Goyo", "Lhamour", "APU", "Suu", "Nomin", "E-Mart", "CU", "GS25", "Sansar", "Tumen Shuvuut",
          "MIAT", "Hunnu Air", "Oyu Tolgoi", "Erdenet Mining Corporation", "Tavan Bogd", "MCS Coca-Cola", "Mongol Beer",
          "Chinggis Khaan Vodka", "Altan Taria", "Khas Bank", "LendMN", "SocialPay", "Monpay", "QPay", "Toki",
          "Shangri-La Ulaanbaatar", "Three Camel Lodge", "Juulchin", "Max Group", "Bayangol Hotel"]  # fmt: skip

NARRATIVE_START = [
    "{N} argued that {C}.", "{N} found that {C}, although the sample was drawn only from Ulaanbaatar.",
    "{N} concluded that {C}.", "{N} state that {C}, which is very relevant for {B}.",
    "{N} showed that {C}, especially in the aimag centres.", "{N} emphasised that {C}.",
    "{N} suggests that {C}; this is also seen in {B}'s own data.", "{N} found that {C} among {A}.",
    "{N} point out that {C} – something {B} has not yet addressed.", "{N} explained that {C} after the {DZ} dzud.",
    "{N} noted that, since the {CRISIS}, {C}.", "{N} surveyed {n} customers and found that {C}.",
    "{N} recommended that Mongolian firms check whether {C}.", "{N} identified that {C} during Tsagaan Sar.",
    "{N} describes {T} as the cheapest way to reach {A} and shows that {C}.", "{N} questioned whether {C}.",
    "{N} also argued that {C} and that {C2}.", "{N} reported that {C} in Erdenet and Darkhan as well.",
]  # fmt: skip
NARRATIVE_MID = [
    "In their study of Mongolian banks, {N} found that {C}.", "{O}, {N} argued that {C}.",
    "This is in line with {N}, who found that {C}.", "{C}, which supports the findings of {N}.",
    "{C} – a view also shared by {N}.", "As highlighted by {N}, {C}.", "Research by {N} suggests {C}.",
    "{B} is a clear example: {N} showed that {C}.", "According to {N}, {C}.",
    "A survey conducted by {N} in Ulaanbaatar found that {C}.", "{C}, as {N} noted in their review of {T}.",
    "Following {N}, it can be argued that {C}.", "{C}; however, {N} found the opposite among herder households.",
    "Evidence from {N} suggests that, for {A}, {C}.", "Data published by {N} show that {C}.",
    "When {B} relaunched its app before Naadam, it seemed to follow {N}: {C}.", "{C}, according to {N}.",
    "In the Inner Mongolian context, {N} found that {C}.", "Among Mongolian students in Seoul, {N} observed that {C}.",
    "Unlike {B}, which relies on {T}, the firms studied by {N} found that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} research shows that {C}.", "Using {N} framework, it is clear that {C}.", "{O}, {N} report concluded that {C}.",
    "{B} could apply {N} model, because {C}.", "According to {N} survey, {C}.", "{N} findings are useful because {C}.",
    "This reflects {N} argument that {C}.", "{N} study of Ulaanbaatar shoppers shows how {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "Research shows that {C} {P}.", "{B} is no exception, since {C} {P}.",
    "For {A}, {C} {P}.", "This matters in Mongolia because {C} {P}.", "{C}, especially in winter {P}.",
    "It is often claimed that {C} {P:see}.", "Several studies report that {C} {P:e.g.}.",
    "{C} (see Figure {q}) {P}.", "{B}’s results suggest {C} {P}.", "In short, {C} {P}.",
    "{C}, which is why {B} invests in {T} {P}.", "Put simply: {C} {P}.", "Recent Mongolian data confirm this – {C} {P}.",
    "A key point for {B} is that {C} {P}.", "{C}. {P}", "{C} {P:see also}.", "{C}, as several local studies show {P:for example,}.",
    "The same pattern is visible in Inner Mongolia and Buryatia, where {C} {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, but {C2}.", "{C} {P}; {C2}.", "While {C} {P}, {C2}.",
    "Although {C} {P}, it is also true that {C2}.", "{B} has found that {C} {P} – and {C2}.",
    "{C} {P:see}, whereas {C2}.", "Because {C} {P}, {B} should ensure that {C2}.", "Some authors {P:e.g.} argue that {C}.",
    "{C} {P}: this means that {C2}.", "{O}, {C} {P}, so {C2}.",
]  # fmt: skip
CLAIMS = [
    "{A} in Ulaanbaatar trust bank apps more than branch staff", "{T} raised {R} by about {q}0% during Tsagaan Sar",
    "{B}'s reliance on {T} leaves it exposed when the tögrög weakens",
    "Facebook is still the main channel for reaching {A} in Mongolia",
    "most Mongolian consumers compare prices on Facebook groups before buying",
    "brands that sponsor Naadam gain awareness but not always loyalty",
    "the dzud cuts rural spending for a whole year", "herder households pay for goods after the cashmere season",
    "Korean convenience-store brands changed how {A} shop", "QR payments have replaced cash for most small purchases",
    "cashmere buyers abroad care more about traceability than price",
    "inflation has made {A} more price-sensitive", "{A} respond better to reviews from friends than to brand claims",
    "loyalty points work only when they can be spent at many merchants",
    "ger camps that answer messages within an hour get more bookings",
    "firms like {B} need to {bs} to stay competitive", "mining towns such as Erdenet behave like separate markets",
    "Mongolians abroad still buy home brands online for family at Tsagaan Sar",
    "{T} only drives {R} when the offer is relevant", "spending on {T} has grown every year since {Y}",
    "a clear brand story helps Mongolian products compete with Chinese and Korean imports",
    "customers in the aimag centres are more loyal than those in the capital",
]  # fmt: skip
OPENERS = [
    "Furthermore", "In addition", "On the other hand", "For example", "In Mongolia", "For {B}'s marketing team",
    "Since the pandemic", "In the context of {B}", "From a customer perspective", "Nevertheless", "Consequently",
    "In the Ulaanbaatar market", "As a result", "Looking at {B}'s competitors", "Overall", "Before Tsagaan Sar",
    "During the Naadam holidays", "In Inner Mongolia", "For Mongolians in Seoul",
]  # fmt: skip
PLAIN = [
    "{B} was founded in Ulaanbaatar and now has branches in all {AIMAGS} aimags.",
    "This report analyses {B}'s digital marketing and gives recommendations for the next year.",
    "The table below summarises the key performance indicators for each channel.",
    "{B}'s Facebook page has over {n}k followers, but engagement is low.", "{O}, {C}.",
    "{B} uses Facebook, Instagram and TikTok, and most of its budget goes on boosted posts.",
    "Customers can pay by card, QPay or SocialPay, and delivery is free inside the city.",
    "A PESTLE and SWOT analysis of {B} is included in the appendix.",
    "The main competitors are {B} and two smaller importers.", "Task 2 builds on this with a content plan.",
    "The author works in the marketing department of {B} in Ulaanbaatar.",
    "All figures are in Mongolian tögrög (MNT) unless stated otherwise.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one author puts it, {Q} {P}.", "{N} put it simply: {Q}.", "It has been argued that {Q} {P}.",
    "{N} wrote that {Q}, which fits {B}'s situation.", "The point is clear: {Q} {P}.",
]  # fmt: skip
SCARE_QUOTES = ["‘nomadic’ customers", "“Mongol brand”", "'made in Mongolia'", "‘khurim’ (wedding) season",
                "“Tsagaan Sar budget”", "'buy Mongolian'", "‘ger district’ shoppers", "“K-style” service"]  # fmt: skip
SCARE_FRAMES = [
    "Local marketers call these {Q} {P}.", "{B} calls its approach {Q} {P}.", "The idea of the {Q} is now common {P}.",
    "Retailers plan around the {Q} {P}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Сар шинэдээ сайхан шинэлээрэй! 20% off gift sets’", "“Naadam is coming: your tickets are waiting”",
                 "'Your {M} order is on its way'", "‘Last chance: free delivery ends tonight’",
                 "“Winter is here – stay warm with Gobi”", "'Thank you for 10 years with us'"]  # fmt: skip
SUBJECT_FRAMES = [
    "One campaign headed {Q} doubled opens {P}.", "{B} sent the message {Q} to lapsed customers {P}.",
    "The SMS {Q} had the best response rate {P}.", "A push notification reading {Q} lifted app logins {P}.",
]  # fmt: skip

# Text that looks like a citation to a careless reader and is not one.
NOT_CITATIONS = {
    "mn-law-adopted": ["Advertising must follow the Law on Advertising (adopted 1 February 2002, amended {Y}).",
                       "Customer data is protected under the Law on the Protection of Personal Information (17 December 2021).",
                       "Listed firms disclose under the Law on the Securities Market (revised 24 May 2013)."],
    "mn-law-article": ["Article {q}.{d} of the Law on Consumer Protection requires prices in tögrög.",
                       "Under Article {d} (Law on Competition, 2010 revision) this would be unfair advertising."],
    "frc-resolution": ["The FRC set new lending limits (Resolution No. {REGNO}, {Y}).",
                       "Non-bank lenders were relicensed (FRC Resolution {REGNO}/{Y})."],
    "bom-policy-rate": ["The Bank of Mongolia raised its policy rate ({RATE}%, {MONTH} {Y}).",
                        "Mortgage demand fell after the rate decision (Mongolbank, {RATE} per cent)."],
    "tugrik-figure": ["Sales reached {MNT} last year ({Y} figures).", "The campaign budget was small ({MNT}, about {USD} US dollars)."],
    "mse-ticker": ["{B} shares trade on the MSE (ticker: {TICK}).", "The IPO was oversubscribed (MSE: {TICK}, {Y})."],
    "mse-index": ["The market rose sharply (MSE Top 20: {n},{q}00 points).", "The index fell in the third quarter (MSE A index, Q3 {Y})."],
    "naadam-dates": ["Sales peak during Naadam (11–15 July {Y}).", "{B} ran its campaign before the holiday (Naadam {Y})."],
    "tsagaan-sar-date": ["Gift sales doubled before the Lunar New Year (Tsagaan Sar, {TSDATE}).",
                         "Stores closed for three days (Tsagaan Sar {Y})."],
    "dzud-winter": ["Rural demand collapsed after the harsh winter (dzud of {DZ}).",
                    "Herders lost {n}0,000 animals (the {DZ} dzud) and cut spending."],
    "president-term": ["Tourism was promoted strongly under President Elbegdorj (2009–2017).",
                       "The ‘Visit Mongolia’ years were announced by Prime Minister L. Oyun-Erdene ({PMYEARS})."],
    "patronymic-person": ["The CEO, {PERSON}, presented the new strategy in {MONTH} {Y}.",
                          "Our brand manager, {PERSON}, said in {Y} that the campaign worked."],
    "chinggis-khaan": ["The brand uses the image of Chinggis Khaan (1162–1227) on every bottle.",
                       "Many firms borrow the Great Mongol State's founding year (1206) for their logos."],
    "aimag-soum": ["The survey covered {AIMAG} aimag ({n} respondents, {q} soums).", "Delivery now reaches {AIMAG} ({q}0 soum centres)."],
    "ulaanbaatar-district": ["Most stores are in Sukhbaatar district (SBD, khoroo {q}).",
                             "The pilot ran in Bayanzurkh and Khan-Uul districts (BZD and KhUD, {Y})."],
    "ger-district-figures": ["Around {q}0% of the capital lives in ger districts (NSO census, {Y}).",
                             "Ger district households spend more on coal in winter (about ₮{n},000 a month)."],
    "korean-won": ["Remittances from Korea matter (₩{n},000 a month on average).", "Students in Seoul earn part-time (KRW {q}00,000 a week, {Y})."],
    "chinese-yuan": ["Border trade at Zamyn-Üüd is paid in yuan (CNY {n}, {Y}).", "Prices in Hohhot were lower (¥{n} per kilo)."],
    "rouble-buryatia": ["Buryat customers pay in roubles (₽{n} per item).", "Ulan-Ude prices were higher ({n}0 RUB, {Y})."],
    "cyrillic-gloss": ["Customers call it «{MNWORD}» ({MNGLOSS}).", "The slogan uses the word “{MNWORD}” ({MNGLOSS}) on every pack."],
    "company-legal-form": ["{B} is registered as a joint-stock company (JSC, {Y}).", "The distributor is a local firm (Nomin Trade LLC, est. {Y})."],
    "state-owned": ["The mine is majority state-owned (Erdenes Mongol, {q}4%).", "The airline is owned by the state (MIAT, since 1956)."],
    "cashmere-grade": ["Only the finest fibre is used (14.5–15.5 microns, grade A).", "Gobi sources raw cashmere from the Gobi (about {n} tonnes in {Y})."],
    "livestock-count": ["Mongolia has more animals than ever ({LIVE} million head, {Y}).", "Goats make up most of the herd (about {q}0%, {Y} census)."],
    "temperature": ["Winter sales fall when it is this cold (−{q}0 °C in January).", "Deliveries stop in the coldest weeks (below −35 °C, January {Y})."],
    "tourism-arrivals": ["Arrivals grew strongly after visa changes ({n},000 visitors in {Y}).",
                         "The government set a target (one million tourists by 2025)."],
    "visit-mongolia-years": ["The campaign was linked to the ‘Years to Visit Mongolia’ (2023–2025).",
                             "Airlines added flights for the tourism drive (Visit Mongolia Year 2023)."],
    "naadam-sports": ["The sponsor's name appeared on the wrestlers' vests (Naadam, {q}th round).",
                      "Horse racing brings families to the steppe (Khui Doloon Khudag, {Y})."],
    "eagle-festival": ["Tourists travel west for the eagle festival (Bayan-Ölgii, October {Y}).",
                       "Ger camps fill up for the Golden Eagle Festival (first weekend of October, {Y})."],
    "school-calendar": ["Spending on school supplies peaks before term (1 September {Y}).",
                        "Families budget for the new school year (September {Y}, grades 1–12)."],
    "holiday-dates": ["Shops close for the holidays (Independence Day, 29 December).",
                      "Women's Day promotions work well (8 March {Y})."],
    "survey-sample": ["Most respondents agreed (n = {n}, Ulaanbaatar, {Y}).", "The questionnaire was in Mongolian and English (N = {n})."],
    "figure-table": ["The results are shown in the chart (Figure {q}, {Y}–{Y2}).", "The channel costs are compared (Table {q}, MNT million)."],
    "quarter-year": ["Revenue grew in one quarter only (Q{q} {Y}).", "The app was launched late (H{q} {Y})."],
    "year-range": ["Consumer lending tripled over the boom years ({Y}–{Y2}).", "Coal exports drove growth (2011–2013)."],
    "gdp-growth": ["The economy grew strongly ({q}.{d}% real GDP growth, {Y}).", "Growth turned negative during the pandemic (−4.4%, 2020)."],
    "exchange-rate": ["Import prices rose as the currency fell ($1 = ₮{FX}).", "The tögrög weakened ({FX} MNT/USD, {MONTH} {Y})."],
    "product-model": ["The bank's metal card (Khan Premium {q}) sold out.", "Unitel launched its new plan (Unlimited {n}) for students."],
    "app-version": ["The mobile app was rebuilt (version {q}.{d}, {Y}).", "QPay added new features (QPay {q}.0) before Tsagaan Sar."],
    "short-code": ["Customers can call the hotline (1800-{n}) or text {SHORT}.", "The SMS campaign used a short code ({SHORT}, {Y})."],
    "registry-number": ["The company is registered with the state (register no. {REGNO}{n}).", "The tax number is on every receipt (TTD {n}{REGNO})."],
    "award": ["The campaign won a national award (Best Brand of the Year {Y}).", "{B} was named employer of the year (MNCCI Top 100, {Y})."],
    "event-forum": ["The strategy was announced at a conference (Mongolia Economic Forum {Y}).",
                    "{B} presented at the mining show (Mining Week {Y}, Ulaanbaatar)."],
    "course-module": ["This assignment answers the brief (CIM Level 6, Module 2206).", "The MBA module was taught in Seoul (MKT{n}, Spring {Y})."],
    "brand-founded": ["The dairy brand is older than many think (Suu, founded 1958).", "{B} has been trading for years (est. {Y})."],
    "ranking": ["Ulaanbaatar scores badly on air quality (rank {q}, winter {Y}).", "Mongolia climbed in the index (rank {RANK} of 190, {Y})."],
    "hashtag-campaign": ["The campaign used its own hashtag (#{HASH}{Y}).", "User posts grew quickly (#{HASH}, {n} posts)."],
    "flight-route": ["MIAT added a route to Seoul (OM{n}, three times a week).", "Hunnu Air flies to Hohhot and Hailar (summer {Y} schedule)."],
    "percentage-share": ["Khan Bank leads the market (about {q}0% of retail deposits).", "Mobicom and Unitel share most subscribers ({q}0/{q}0, {Y})."],
    "interview-quote": ["One manager said it best: “customers come back because of the people” (interview, {MONTH} {Y}).",
                        "A herder explained that ‘prices change every season’ (focus group {q})."],
}  # fmt: skip

_AIMAGS = ["Arkhangai", "Bayan-Ölgii", "Bayankhongor", "Bulgan", "Dornod", "Dornogovi", "Dundgovi", "Govi-Altai",
           "Khentii", "Khovd", "Khövsgöl", "Ömnögovi", "Övörkhangai", "Selenge", "Töv", "Uvs", "Zavkhan", "Darkhan-Uul",
           "Orkhon", "Sükhbaatar"]  # fmt: skip
_PERSONS = ["B. Gantulga", "Ts. Oyunchimeg", "D. Batbayar", "G. Enkhtuya", "L. Bolormaa", "Batbayaryn Munkhbat",
            "Sh. Tumurbaatar", "Kh. Altangerel", "J. Sarangerel", "O. Bat-Erdene"]  # fmt: skip
_MNWORDS = [("Монгол бренд", "Mongolian brand"), ("хямдрал", "discount"), ("урамшуулал", "bonus"),
            ("сар шинэ", "the new month, Tsagaan Sar"), ("ноолуур", "cashmere"), ("айраг", "fermented mare's milk"),
            ("бэлэг", "gift"), ("хүргэлт", "delivery")]  # fmt: skip
_TICKERS = ["APU", "GOV", "TTL", "KHAN", "TDB", "GLMT", "XAC", "SUU", "BDS", "MNDL", "INV", "LEND", "AARD", "MMX"]
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
           "December"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """Fill values only this pool's frames use."""
    mn, gloss = rng.choice(_MNWORDS)
    return {
        "MNT": rng.choice([f"₮{rng.randint(2, 90)}.{rng.randint(1, 9)} billion", f"MNT {rng.randint(12, 950)} million",
                           f"{rng.randint(5, 900)},000 tögrög", f"₮{rng.randint(2, 48)}bn", f"{rng.randint(2, 40)} bn MNT"]),
        "USD": f"{rng.randint(2, 90)},000", "FX": f"{rng.randint(2, 3)},{rng.randint(400, 999)}",
        "TICK": rng.choice(_TICKERS), "REGNO": str(rng.randint(11, 499)), "RATE": f"{rng.randint(6, 16)}.{rng.choice(['0', '5'])}",
        "MONTH": rng.choice(_MONTHS), "AIMAG": rng.choice(_AIMAGS), "AIMAGS": "21",
        "DZ": rng.choice(["2009–2010", "2016", "2022–2023", "2023–2024", "1999–2002"]),
        "CRISIS": rng.choice(["2016 debt crisis", "COVID-19 border closures", "2022 coal scandal", "2009 banking crisis"]),
        "TSDATE": rng.choice(["10 February 2024", "21 February 2023", "1 February 2022", "12 February 2021"]),
        "RANK": str(rng.randint(56, 99)),
        "PMYEARS": "2021–present", "PERSON": rng.choice(_PERSONS), "MNWORD": mn, "MNGLOSS": gloss,
        "LIVE": str(rng.randint(60, 71)), "SHORT": str(rng.randint(1300, 7777)),
        "HASH": rng.choice(["MongolianCashmere", "NaadamVibes", "SarShine", "BuyMongolian", "UBfoodie"]),
    }  # fmt: skip
