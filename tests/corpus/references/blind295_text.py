"""The prose of the blind295 pool: marketers at second-hand, resale and recommerce firms, charity shops, pawnbrokers
and refurbishers in the UK, France, Lithuania, Sweden, Germany and Australia (Vinted, Depop, eBay, Back Market,
musicMagpie, CeX, Cash Converters, H&L Pawnbrokers, Ramsdens, Oxfam, the British Heart Foundation, Sue Ryder, Emmaus,
Sellpy, Vestiaire Collective, Leboncoin, Selency, Tise, Blocket, Rebuy, Gumtree, Facebook Marketplace, Thriftify)
writing CIM Level 6 and 7 reports and MBA assignments in English on circular-economy, trust, pricing, platform and
digital-channel marketing.

Written without reading the checker, its tests or any other pool. Frames use the builder's placeholders ({N}, {P},
{Q}, {C}, {C2}, {O}, {B}, {A}, {R}, {T}, {Y}, {Y2}, {n}, {q}, {d}, {M}) and these of the pool's own, from values():
{yr} a recent year, {yr2} a later one, {pc} a percentage's number, {gbp} and {eur} prices, {sek} a price in kronor,
{gold} pounds a gram, {apr} a loan rate, {town} a British town, {lt} a Lithuanian town, {frc} a French city, {se} a
Swedish one, {de} a German one, {au} an Australian one, {plat} a platform, {cat} a category, {k} a count in
thousands, {frn} an FCA number, {chno} a charity number, {grade} a grade letter, {fy} a financial year, {ssn} a fashion season.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Vinted", "Depop", "eBay", "Back Market", "musicMagpie", "CeX", "Cash Converters", "H&L Pawnbrokers",
          "Ramsdens", "Oxfam", "the British Heart Foundation", "Sue Ryder", "Emmaus", "Sellpy", "Vestiaire Collective",
          "Leboncoin", "Selency", "Tise", "Blocket", "Rebuy", "Gumtree", "Facebook Marketplace", "Thriftify",
          "H&T Pawnbrokers", "Barnardo's", "Cancer Research UK"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """The fill values only this pool's frames use."""
    yr = rng.randint(2016, 2025)
    return {
        "yr": str(yr), "yr2": str(min(yr + rng.randint(1, 3), 2026)), "pc": str(rng.randint(3, 85)),
        "gbp": f"{rng.randint(2, 180)}.{rng.choice(['00', '50', '99', '49'])}", "eur": f"{rng.randint(3, 450)}",
        "sek": str(rng.choice([49, 79, 99, 149, 199, 249])), "gold": str(rng.randint(38, 68)),
        "apr": rng.choice(["69.9", "75.9", "89", "99", "107.7", "112"]),
        "town": rng.choice(["Leeds", "Bristol", "Norwich", "Sheffield", "Brighton", "Cardiff", "Glasgow", "Leicester",
                            "York", "Exeter", "Stockport", "Harrogate"]),
        "lt": rng.choice(["Vilnius", "Kaunas", "Klaipėda", "Šiauliai", "Panevėžys"]),
        "frc": rng.choice(["Lyon", "Lille", "Bordeaux", "Nantes", "Paris", "Montpellier"]),
        "se": rng.choice(["Stockholm", "Gothenburg", "Malmö", "Uppsala", "Örebro"]),
        "de": rng.choice(["Berlin", "Hamburg", "Leipzig", "Cologne", "Munich"]),
        "au": rng.choice(["Melbourne", "Brisbane", "Perth", "Adelaide", "Geelong"]),
        "plat": rng.choice(["Vinted", "Depop", "eBay", "Sellpy", "Tise", "Leboncoin", "Vestiaire Collective"]),
        "cat": rng.choice(["denim", "trainers", "refurbished phones", "designer handbags", "vinyl records",
                           "children's clothes", "prams", "gaming consoles", "furniture"]),
        "k": str(rng.randint(12, 950)), "frn": str(rng.randint(600000, 999999)), "chno": str(rng.randint(200000, 1199999)),
        "grade": rng.choice(["A", "B", "C"]), "fy": f"{yr - 1}/{str(yr)[2:]}",
        "ssn": f"{rng.choice(['AW', 'SS'])}{str(yr)[2:]}",
    }  # fmt: skip


NARRATIVE_START = [
    "{N} argued that {C}.",
    "{N} found that {C}, although the study only covered {A}.",
    "{N} concluded that {C}; this matters for {B}.",
    "{N} showed that {C}, which helps to explain {B}'s growth since {yr}.",
    "{N} identified perceived risk as the main barrier and found that {C}.",
    "{N} suggest that {C}.",
    "{N} noted that {C} in both the UK and France.",
    "{N} observed that {C}, particularly among {A}.",
    "{N} questioned whether {C}.",
    "{N} described resale as a trust business and argued that {C}.",
    "{N} reported that {C} in their survey of {n} shoppers.",
    "{N} makes the point that {C}.",
    "{N} compared charity shops with online platforms and found that {C}.",
    "{N} warned that {C} unless platforms tackle fake listings.",
    "{N} were among the first to show that {C}.",
    "{N} explain that {C}, which is why {B} invests in {T}.",
    "{N} went further, arguing that {C} and that {C2}.",
    "{N} highlight that {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "As {N} point out, {C}.",
    "{O}, {N} found that {C}.",
    "This is in line with {N}, who argued that {C}.",
    "{C}, as {N} noted.",
    "{C} – a conclusion also reached by {N}.",
    "According to {N}, {C}.",
    "Research by {N} in Lithuania and Sweden suggests that {C}.",
    "For a platform such as {B}, the work of {N} is relevant because {C}.",
    "A survey by {N} found that {C}.",
    "{C}; however, {N} found the opposite among {A}.",
    "Evidence from {N} suggests that, for {A}, {C}.",
    "It could be argued, following {N}, that {C}.",
    "This reflects what {N} describe as the trust gap in resale: {C}.",
    "When {B} introduced its buyer protection fee, it seemed to follow {N}: {C}.",
    "Data published by {N} show that {C}.",
    "{C}, which supports the findings of {N}.",
    "In their study of French consumers, {N} found that {C}.",
    "{O}, the circular-economy literature (for instance {N}) suggests that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study found that {C}.",
    "{O}, {N} findings suggest that {C}.",
    "Using {N} framework, it appears that {C}.",
    "{N} report concluded that {C}.",
    "{B} could apply {N} model, since {C}.",
    "This reflects {N} argument that {C}.",
    "According to {N} survey, {C}.",
    "{N} analysis of {n} listings showed that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.",
    "{O}, {C} {P}.",
    "Research shows that {C} {P}.",
    "For {A}, {C} {P}.",
    "{B} is no exception, because {C} {P}.",
    "This matters because {C} {P}.",
    "{C}, especially on mobile {P}.",
    "It is often claimed that {C} {P:see}.",
    "Several studies report that {C} {P:e.g.}.",
    "{C} (as Figure {q} shows) {P}.",
    "In short, {C} {P}.",
    "The second-hand clothing market is growing faster than fast fashion {P}.",
    "Around a third of UK adults bought something second-hand last year {P}.",
    "Charity shops depend on donated stock, volunteers and Gift Aid {P}.",
    "{C}, which is why {B} offers free returns {P}.",
    "{C} {P:see also}.",
    "{C}, as several European studies show {P:for example,}.",
    "A key point for {B} is that {C} {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.",
    "{C} {P}, but {C2}.",
    "{C} {P}; {C2}.",
    "While {C} {P}, {C2}.",
    "Although {C} {P}, it is also true that {C2}.",
    "{C} {P:see}, whereas {C2}.",
    "Because {C} {P}, {B} should make sure that {C2}.",
    "Some authors {P:e.g.} argue that {C}.",
    "{C} {P}: this means that {C2}.",
    "{O}, {C} {P}, so {C2}.",
    "The barriers to buying used goods – hygiene, risk and stigma {P} – are falling, and {C}.",
]  # fmt: skip
CLAIMS = [
    "{A} see second-hand shopping as a way to save money rather than the planet",
    "trust in the seller matters more than price on peer-to-peer platforms",
    "buyer protection fees reduce the perceived risk of buying used {cat}",
    "{A} are more willing to buy refurbished phones when a warranty is offered",
    "charity shops compete on price and purpose rather than on convenience",
    "{B}'s growth depends on keeping listing fees low for sellers",
    "authentication services raise the prices that pre-owned luxury can command",
    "the stigma of buying second-hand has almost disappeared among {A}",
    "resale platforms rely on word of mouth more than on paid advertising",
    "the cost-of-living crisis has pushed more {A} towards pawnbrokers and resale apps",
    "photographs and detailed descriptions lift {R} on second-hand listings",
    "gamified features such as bundles and offers increase time spent in resale apps",
    "circular business models only work when reverse logistics are cheap",
    "{T} helps charity retailers to reach {A} who rarely visit a high street",
    "consumers worry that refurbished electronics will fail sooner than new ones",
    "sellers on {plat} price their items by looking at similar listings",
    "greenwashing claims by fast-fashion brands make resale platforms look more credible",
    "ratings and reviews act as a substitute for a brand on peer-to-peer marketplaces",
    "pawnbroking is seen as more transparent than payday lending",
    "{B} could use {T} to turn occasional sellers into regular buyers",
    "{A} value the thrill of the hunt as much as the bargain itself",
]  # fmt: skip
OPENERS = [
    "Furthermore", "In addition", "On the other hand", "For example", "In the UK", "In France",
    "In the Baltic market", "For {B}", "Since the pandemic", "In the context of {B}", "From a consumer perspective",
    "Nevertheless", "As a result", "Within the charity retail sector", "Looking at {B}'s competitors", "Overall",
    "In terms of digital channels", "In Sweden", "For pawnbrokers", "Interestingly",
]  # fmt: skip
PLAIN = [
    "{B} operates in the UK, France, Lithuania and several other European markets.",
    "This report analyses {B}'s digital marketing and makes recommendations for the next year.",
    "The table below compares the main resale platforms on fees, reach and trust features.",
    "{B}'s Instagram account has around {k}k followers, but engagement is falling.",
    "A PESTLE analysis of the second-hand market is included in the appendix.",
    "{O}, {C}.",
    "The recommendations are costed and phased over twelve months.",
    "Sellers list items through the app, and buyers pay through the platform.",
    "The main competitors are {B} and two smaller local marketplaces.",
    "Task 2 builds on this with a channel plan for the launch.",
    "Most donated stock is sorted at regional hubs before it reaches the shops.",
    "Pawn loans are secured against jewellery, watches and gold.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.",
    "As one textbook puts it, {Q} {P}.",
    "This is summed up well: {Q} {P}.",
    "{B} appears to accept that {Q} {P}.",
    "One study concluded that {Q} {P}.",
    "Marketers in resale are reminded that {Q} {P}.",
    "As {N} put it, {Q}.",
    "{N} argue that {Q}, a point {B} has taken seriously.",
]  # fmt: skip
SCARE_QUOTES = ["‘pre-loved’", "‘thrifting’", "‘recommerce’", "‘circular’", "‘guilt-free shopping’", "‘vintage’",
                "'as new'", "“like new”", "‘refurbished’", "‘greenwashing’", "‘haul’", "'pawn'", "‘swap shop’",
                "“good as new”"]  # fmt: skip
SCARE_FRAMES = [
    "{B} has started to call its stock {Q} {P}.",
    "Many younger shoppers prefer the word {Q} to second-hand {P}.",
    "The term {Q} is used loosely by brands and platforms {P}.",
    "So-called {Q} goods still carry a stigma for some {A} {P}.",
    "Critics say {Q} has become a marketing label {P}.",
    "Listings described as {Q} attract more views {P}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Your favourites just dropped in price’", "‘Someone made you an offer’", "“Ready to declutter?”",
                 "‘Your parcel is on its way to {lt}’", "‘Sell your old phone in 3 clicks’",
                 "‘Second Hand September starts now’", "“New in: {cat} under £20”",
                 "‘Don’t wear it? Sell it.’", "‘Your item has been sold!’", "‘Last chance: free postage ends tonight’"]  # fmt: skip
SUBJECT_FRAMES = [
    "A push notification such as {Q} brings sellers back {P}.",
    "{B} sent {Q} to lapsed sellers {P}.",
    "Messages like {Q} create urgency {P}.",
    "The email headed {Q} had the highest open rate of the year {P}.",
    "Testing {Q} against a plainer version showed a clear winner {P}.",
]  # fmt: skip

# Text with brackets, years, figures or quotation marks that is no citation.
NOT_CITATIONS = {
    "app-feature-year": [
        "Vinted Go (2023) lets sellers drop parcels at lockers without printing a label.",
        "Depop Payments (2019) replaced PayPal for most UK sellers.",
        "The eBay Authenticity Guarantee (2020) now covers trainers, watches and handbags.",
        "Sellpy's AI pricing tool (launched {yr}) sets a price before an item is listed.",
    ],
    "app-version": [
        "The relaunched app (Vinted 2.0) put search and bundles on the home screen.",
        "Sellers must update to the latest release (version {q}.{n}, {yr}) to use the new labels.",
        "The Back Market app (v{q}.{q}, {yr}) added trade-in quotes.",
    ],
    "listing-price": [
        "Professional sellers paid £4.50 a listing (2022) before the rules changed.",
        "Used {cat} typically sell for about £{gbp} an item ({yr} prices).",
        "Boosting an item cost sellers extra (£{gbp} for three days, {yr}).",
    ],
    "buyer-fee": [
        "Buyers pay a 5% buyer fee (2024) plus a fixed charge on each order.",
        "The buyer protection fee (£0.70 + 5%, {yr}) funds refunds and support.",
        "Sellers pay no commission (since {yr}), so the platform earns from buyers.",
    ],
    "condition-grade": [
        "Phones are sold in three conditions, from Fair to Excellent (2024 grading).",
        "The handset was listed as Grade B (Grade B, {yr}) with light scratches.",
        "Each console is tested and graded ({grade} grade, {yr} standard).",
    ],
    "shop-count-town": [
        "Shop numbers vary widely by city: 41 (Leeds, 2021) compared with 19 (Vilnius, 2019).",
        "The charity counted {q}{q} shops in one city centre alone ({town}, {yr} count).",
        "There were {n} second-hand shops in the Lithuanian capital ({lt} county, {yr} register).",
    ],
    "store-opening": [
        "{B} opened its first pop-up store in {frc} in {yr}.",
        "The first Sellpy warehouse outside Sweden opened in Hamburg in 2019.",
        "Emmaus's new superstore (opened in {town} in {yr}) sells furniture and white goods.",
        "Cash Converters passed 150 stores in Australia with a new branch (Geelong, opened {yr}).",
    ],
    "campaign-day": [
        "Second Hand September (2019) began as an Oxfam campaign.",
        "Posts tagged for Earth Day 2022 drove a spike in listings.",
        "The charity's pledge campaign (Second Hand September {yr}) asked people not to buy new for a month.",
    ],
    "black-friday": [
        "Back Market's anti-Black Friday message ran on Black Friday 2023.",
        "Orders fell on Black Friday ({yr}) while new-goods retailers cut prices.",
        "The Green Friday campaign ({yr}) encouraged repairs instead of new purchases.",
    ],
    "resale-index": [
        "The resale-value index for luxury handbags stood at 86 (2024 index).",
        "Branded trainers kept most of their value (resale index {n}, {yr}).",
        "Hermès bags resold above retail (a {pc}% premium in the {yr} index).",
    ],
    "gold-price": [
        "Gold traded at about £{gold} a gram ({yr} average).",
        "Higher gold prices (£{gold}/g in {yr}) lifted pawnbrokers' scrap margins.",
        "The jewellery scrap rate (£{gold} per gram, 9ct excluded) is shown in store.",
    ],
    "pawn-rate": [
        "The typical pawn loan cost (APR 99%, 2021) is lower than a payday loan.",
        "Ramsdens advertises its pledge loans at a representative rate (APR {apr}%, {yr}).",
        "Customers repay within six months (APR {apr}% representative).",
    ],
    "uk-law": [
        "Pawnbroking is regulated under the Consumer Credit Act 1974.",
        "The Consumer Rights Act 2015 applies when a business sells used goods.",
        "The Charities Act 2011 sets the rules for charity trading companies.",
        "Second-hand dealers in some councils need a licence under the Local Government (Miscellaneous Provisions) Act 1982.",
    ],
    "french-law": [
        "The AGEC law (2020) bans the destruction of unsold non-food goods in France.",
        "France's anti-waste law (loi AGEC, 2020) created a repair index for electronics.",
        "The repair bonus (bonus réparation, 2022) cuts the cost of fixing appliances.",
    ],
    "eu-rule": [
        "The Right to Repair (2021) rules in the UK cover washing machines and fridges.",
        "The EU Right to Repair Directive (2024) will oblige makers to offer repairs.",
        "Under the Waste Framework Directive (2008/98/EC), reuse comes before recycling.",
        "The Ecodesign for Sustainable Products Regulation (EU) 2024/1781 introduces digital product passports.",
    ],
    "award": [
        "The shop team won at the Drapers Awards 2023.",
        "The British Heart Foundation took a prize at the Charity Retail Awards (2022).",
        "{B} was shortlisted at the Retail Week Awards ({yr}) for its app.",
    ],
    "ticker": [
        "Ramsdens is listed on AIM (LSE: RFX).",
        "Cash Converters International (ASX: CCV) owns stores in Australia and the UK.",
        "H&T Group (LSE: HAT) was bought by FirstCash in {yr}.",
        "H&M's shares (STO: HM-B) fell after the results.",
    ],
    "slogan": [
        "Vinted's ‘Don’t wear it? Sell it.’ campaign ran on TV and YouTube.",
        "Oxfam's line ‘Second hand. First class.’ appears in every shop window.",
        "Back Market's slogan ‘Refurbished is the new new’ ran across the Paris Métro.",
    ],
    "year-figure": [
        "The platform reached a new high ({yr} listings: {k} million).",
        "Active sellers rose sharply ({yr} sellers: {k},000).",
        "Most donations arrive in January ({yr} donations).",
    ],
    "charity-number": [
        "Sue Ryder is a registered charity (no. {chno}).",
        "The shop is run by the charity's trading arm (Registered Charity No. {chno}, England and Wales).",
        "Emmaus communities are separate charities (charity number {chno}).",
    ],
    "company-number": [
        "The trading subsidiary is a separate company (company no. 0{n}{n}).",
        "Vinted is registered in Lithuania (company code 302{n}{n}).",
        "The firm's accounts are filed at Companies House (no. 0{n}7{n}).",
    ],
    "fca-number": [
        "Pawnbrokers must be authorised by the regulator (FCA FRN {frn}).",
        "The lender is authorised and regulated for consumer credit (FRN {frn}, since {yr}).",
    ],
    "euro-price": [
        "A refurbished iPhone 13 costs around €{eur} ({yr} price).",
        "Second-hand sofas on Leboncoin average €{eur} (2023).",
        "Selency's average basket is high (€{eur} in {yr}).",
    ],
    "krona-price": [
        "Most Sellpy items are priced low (SEK {sek}, {yr}).",
        "Blocket charges to list a car (SEK {sek} a listing, {yr}).",
    ],
    "exchange-rate": [
        "Euro prices are converted at a single rate (€1 = £0.86, {yr}).",
        "Australian prices are shown in pounds (A$1 = £0.52, {yr} average).",
    ],
    "financial-year": [
        "Revenue grew strongly in the last full year (FY{fy}).",
        "Pawnbroking income rose again (year to 31 March {yr}).",
        "Charity shop income recovered after lockdown ({fy} financial year).",
    ],
    "quarter": [
        "Trade-in volumes peaked after new iPhone launches (Q{q} {yr}).",
        "Sales were flat in the first half (H1 {yr}).",
    ],
    "growth": [
        "Online resale grew much faster than retail overall (+{pc}% in {yr}).",
        "Gold purchases by the group rose sharply ({pc}% up on {Y}).",
        "Donations by weight fell ({pc}% down, {yr}).",
    ],
    "sample": [
        "Most respondents had sold something online (n = {n}).",
        "The survey of Vinted users in Lithuania ran for two weeks (n = {n}, {yr}).",
        "Interviews were held with shop managers (six shops, {town}).",
    ],
    "cross-reference": [
        "The full competitor table is in Appendix {q} (p. {n}).",
        "See Task 1 (b) for the PESTLE analysis.",
        "The customer persona (Figure {q}) is based on five interviews.",
    ],
    "handle-or-address": [
        "Customers can message the team on Instagram (@sellpy_uk).",
        "The campaign hashtag (#SecondHandSeptember) trended for two days.",
        "Trade-in quotes are available online (www.musicmagpie.co.uk/start-selling).",
    ],
    "abbreviation": [
        "Extended producer responsibility (EPR) will make brands pay for textile waste.",
        "Customer-to-customer (C2C) platforms now take most second-hand spending.",
        "Each item is given a stock-keeping unit (SKU) when it is sorted.",
        "Waste electrical and electronic equipment (WEEE) must be collected separately.",
    ],
    "phone-model-year": [
        "The best-selling refurbished handset is the iPhone 12 (2020).",
        "Trade-ins of the Samsung Galaxy S21 (2021) rose as owners upgraded.",
        "Buyers can choose storage and condition (iPhone 13, 128 GB, Grade {grade}).",
    ],
    "founding-year": [
        "Oxfam's first shop opened on Broad Street in Oxford in 1947.",
        "Emmaus began in France (founded in Paris, 1949) before reaching the UK.",
        "Cash Converters was founded in Perth (est. 1984).",
        "Vinted started as a side project in Vilnius in 2008.",
    ],
    "season": [
        "Designer pieces from recent collections ({ssn}) sell fastest.",
        "The capsule range ({ssn} collection) was made from donated stock.",
    ],
    "size": [
        "Listings must show the size (UK 10, EU 38).",
        "Children's clothes sell best in small sizes (age 2–3 years).",
    ],
    "carbon-saving": [
        "Buying a refurbished phone saves a lot of emissions (around 50 kg CO2e per handset).",
        "Reuse kept a large amount of textiles out of landfill ({k},000 tonnes, {yr}).",
        "Each donated coat saves water (roughly {n} litres).",
    ],
    "money-raised": [
        "The shops raised a record amount for research (£{n}m, {fy}).",
        "Retail Gift Aid added a useful sum (£{n}k in {yr}).",
    ],
    "tax-scheme": [
        "Dealers can use the second-hand margin scheme (VAT Notice 718).",
        "Charities claim Retail Gift Aid on donated goods (since 2006).",
        "Sellers who pass the reporting threshold (30 sales or €2,000, DAC7) are reported to tax authorities.",
    ],
    "place-year": [
        "Footfall recovered fastest in market towns ({town}, {yr} survey).",
        "Demand for second-hand furniture is strongest in the regions (Auvergne-Rhône-Alpes, {yr}).",
        "The platform's biggest growth came from one county ({lt} county, {yr}).",
    ],
    "trade-show": [
        "The team met suppliers at the recommerce trade show (Recommerce Expo, London, {yr}).",
        "Refurbishers exhibited at the electronics fair (IFA Berlin, {yr}).",
    ],
    "rating": [
        "Customer reviews are strong (Trustpilot 4.{q}, {yr}).",
        "The app is well rated (4.{q} stars, App Store, {yr}).",
    ],
    "ranking": [
        "The app rose quickly in the charts (No. {q} in Shopping, {yr}).",
        "Vinted was the most downloaded resale app in France (1st, {yr}).",
    ],
    "tv-and-media": [
        "The shop featured in a documentary episode broadcast in {yr}.",
        "The Great British Sewing Bee's upcycling week ({yr} series) sent viewers to charity shops.",
    ],
    "lithuanian-term": [
        "Second-hand shops are known locally as dėvėtų drabužių parduotuvės (used-clothing shops).",
        "The Lithuanian name for a flea market (blusų turgus) is common in listings.",
        "Many sellers still use the old portal (skelbiu.lt, since 2003).",
    ],
    "auction-price": [
        "A vintage Chanel bag sold at auction (hammer price £{n},000, {yr}).",
        "Rare vinyl fetched a high price (£{gbp}, sold {d} March {yr}).",
    ],
    "warranty": [
        "Every refurbished device comes with a guarantee (12-month warranty, since {yr}).",
        "Returns are free within a set period (30 days, {yr} policy).",
    ],
}  # fmt: skip
