"""Prose for the "blind360" pool: marketers at mattress brands and bed-in-a-box start-ups, bed and furniture
retailers, bedding and pillow makers and sleep-tracking apps in the UK, Ireland, Spain, Turkey, Vietnam and the
United States, writing CIM Level 6 and 7 reports and MBA assignments in English.

Written without reading the checker, its tests or any other pool. ``{N}`` is a narrative citation, ``{P}`` a
parenthetical one, ``{Q}`` a quotation, ``{C}`` a claim, ``{B}`` a brand, ``{O}`` an opener; the other placeholders
are filled from ``values()``. NOT_CITATIONS holds what these candidates put in brackets, beside names and years,
that is not a source: trial nights, guarantees, prices, takeovers, founders, founding years, awards, trade fairs,
fire-safety standards, survey waves and more.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Emma", "Simba", "eve Sleep", "Silentnight", "Dreams", "Bensons for Beds", "Tempur", "Sealy", "Hypnos",
          "Harrison Spinks", "Dunelm", "DFS", "IKEA", "Wayfair", "Casper", "Purple", "Saatva", "Mattress Firm",
          "Sleep Number", "Tuft & Needle", "Yataş", "İstikbal", "Doğtaş", "Pikolin", "Flex", "Vua Nệm", "Everon",
          "Liên Á", "Calm", "Sleep Cycle", "Oura", "The White Company", "Panda London", "Brooklinen", "Heal's",
          "Harvey Norman", "Meadows & Byrne", "Arnotts", "Nectar", "Slumberdown"]  # fmt: skip

NARRATIVE_START = [
    "{N} found that {C}.", "{N} argued that {C}, which is directly relevant to {B}.", "{N} concluded that {C}.",
    "{N} suggests that {C}.", "{N} showed that {C}, particularly among {A}.", "{N} reported that {C}.",
    "{N} warned that {C}.", "{N} observed that {C}; {B} has yet to test this.", "{N} noted that {C}.",
    "{N} explain that {C} (for example, through {T}).", "{N} highlighted that {C} – a point {B} should not ignore.",
    "{N} also found that {C}.", "{N} identified that {C}, although their sample was small.",
    "{N} go further, arguing that {C} and that {C2}.", "{N} questioned whether {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "According to {N}, {C}.", "{O}, {N} found that {C}.", "As {N} explain, {C}.", "{C}, as {N} pointed out.",
    "This is supported by {N}, who found that {C}.", "{B} could learn from {N}, who showed that {C}.",
    "Research by {N} shows that {C}.", "{C}; {N} reached a similar conclusion.", "In the view of {N}, {C}.",
    "{O}, research from {N} suggests that {C}.", "For {B}, the lesson from {N} is that {C}.",
    "Building on this, {N} argued that {C}.", "A similar pattern was reported by {N} in {ctry}: {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study found that {C}.", "{O}, {N} findings suggest that {C}.", "{N} model explains why {C}.",
    "{N} survey showed that {C}.", "{N} framework helps to explain why {C}.", "{N} research shows that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "There is evidence that {C} {P}.", "It is widely accepted that {C} {P}.",
    "Research suggests that {C} {P}.", "{B} is no exception: {C} {P}.", "In {ctry}, {C} {P}.",
    "Several studies agree that {C} {P:see}.", "{C}, especially among {A} {P}.", "{C} {P:e.g.}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, although {C2}.", "{C} {P}; even so, {C2}.", "{C} {P}, while {C2}.",
    "{O}, {C} {P}, which suggests that {C2}.",
]  # fmt: skip
CLAIMS = [
    "a longer free trial lowers the perceived risk of buying a mattress online", "{A} read reviews before buying a bed",
    "most shoppers still want to lie on a mattress before they buy it", "generous returns policies raise sales more than they raise returns",
    "{B} relies on {T} more than its rivals do", "poor sleep is now seen as a wellbeing issue rather than a furniture one",
    "sleep-tracking apps turn sleep into something consumers measure and improve", "{A} respond to discounts that end at midnight",
    "reference prices shape what shoppers think a fair mattress price is", "delivery and removal of the old mattress matter as much as price",
    "star ratings below four stars cut conversion sharply", "bed-in-a-box brands win on convenience rather than comfort",
    "{A} trust sleep experts more than celebrities", "showrooms still close most high-value furniture sales",
    "{T} builds {R} among {A}", "constant sales teach shoppers never to pay full price",
    "fire-safety labels reassure parents more than comfort claims do", "subscription apps lose most users within three months",
    "{A} see a good night's sleep as part of self-care", "a fake review can damage {R} for years",
    "retailers that show prices per night make premium mattresses feel affordable", "{R} depends on how easy returns are",
]  # fmt: skip
OPENERS = ["However", "In practice", "For {B}", "Similarly", "At the same time", "By contrast", "In the case of {B}",
           "More recently", "Even so", "In the bedding market", "For a bed-in-a-box brand", "In {ctry}"]  # fmt: skip
PLAIN = [
    "{B} sells through its own website, Amazon and a small number of showrooms.",
    "The mattress comes vacuum-packed in a box and expands within a few hours.",
    "{B} offers free delivery and will take away the old mattress for a fee.",
    "Most of the brand's customers are first-time buyers moving into rented flats.",
    "The app tracks sleep through the phone's microphone and a smartwatch.",
    "{O}, {C}.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one textbook puts it, {Q} {P}.", "{N} argue that {Q}.", "Put simply, {Q} {P}.",
    "{O}, {Q} {P}.", "{N} put it plainly: {Q}.", "The point is well made: {Q} {P}.",
    "{Q} {P}; this applies directly to {B}.",
]  # fmt: skip
SCARE_QUOTES = ["‘sleep economy’", "‘bed-in-a-box’", "‘sleep tourism’", "‘orthosomnia’", "‘revenge bedtime procrastination’",
                "‘sleepmaxxing’", "‘the 100-night trial’", "‘try before you buy’", "‘clean sleep’", "‘sleep hygiene’"]  # fmt: skip
SCARE_FRAMES = [
    "Brands now speak of a {Q} {P}.", "{B} calls this trend {Q} {P}.", "The industry's favourite phrase is {Q} {P}.",
    "Marketers describe the shift as {Q} {P}.", "{N} describe the trend as {Q}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Sleep better tonight: 40% off mattresses’", "‘Your 100 nights start now’",
                 "“Last chance: free pillows with every mattress”", "‘How did you sleep?’",
                 "‘Your bed is waiting for you’", "“Black Friday starts early for you”",
                 "‘Rate your new mattress and get £20 off’", "‘Night 30: how are you finding it?’"]  # fmt: skip
SUBJECT_FRAMES = [
    "The subject line {Q} lifted open rates {P}.", "{B} sent the email {Q} to customers thirty days after delivery {P}.",
    "An email headed {Q} had the highest click rate of the quarter {P}.", "Messages such as {Q} create urgency {P}.",
]  # fmt: skip

# Text with brackets, names and years that is not a source: the kinds these candidates write.
NOT_CITATIONS = {
    "product-range-year": [
        "{B} relaunched its best seller ({prod}, {yr}) with a cooler cover.",
        "The range was refreshed in spring ({prod} {yr} edition).",
        "Sales of the hybrid ({prod}, launched {yr}) overtook the foam model within a year.",
    ],
    "trial-nights": [
        "Every mattress comes with a long trial ({trial} nights) and free returns.",
        "{B} doubled its trial period (from 100 to {trial} nights) in {yr}.",
        "Customers can return the mattress at any point in the trial ({trial}-night trial, free collection).",
    ],
    "guarantee": [
        "The mattress carries a long guarantee ({gy}-year guarantee) against sagging.",
        "{B} matched its rivals' warranties ({gy} years on the springs, {gy2} on the cover).",
    ],
    "takeover": [
        "{firm} was later bought by its larger rival ({firm2} acquired it in {yr}).",
        "The merger ({firm} and {firm2}, completed {yr}) created the country's largest bed maker.",
        "{firm} changed hands again in {yr} (acquired by {firm2} for £{n}m).",
    ],
    "takeover-listed-firm": [
        "Ownership has changed several times (Tempur Sealy bought Mattress Firm in {yr}).",
        "The company is now part of a larger group (Silentnight, bought out of administration in {yr}).",
        "Investors lost money when the start-up sold up (eve Sleep's brand sold to Bensons for Beds in {yr}).",
    ],
    "founder-year": [
        "The brand was started by two friends ({founder}, {fy}) in a spare room.",
        "{B}'s founder ({founder}) launched the business in {fy} with one mattress.",
        "The idea came from its founder ({founder}, founded {fy}) after a bad night in a hotel.",
    ],
    "sleep-expert": [
        "{B} hired a well-known sleep expert ({expert}) as its brand ambassador in {yr}.",
        "The campaign featured a sleep scientist ({expert}) answering customers' questions.",
        "Advice on the website comes from its resident expert ({expert}, joined {yr}).",
    ],
    "founded-year": [
        "{lfirm} (founded {fy}) remains family owned.",
        "Older firms such as {lfirm} (est. {fy}) trade on their heritage.",
        "The trade body ({lbody}, founded {fy}) represents most UK bed makers.",
    ],
    "award-year": [
        "The mattress won a consumer award ({award} {yr}).",
        "{B} was named best mattress brand ({award}, {yr}).",
        "Its pillow range has won several prizes ({award} {yr} and {yr2}).",
    ],
    "rating": [
        "Reviews are strong (4.{dg} out of 5 on Trustpilot, {n} reviews).",
        "{B} scores well on review sites (Trustpilot 4.{dg}, {mon} {yr}).",
        "The app is rated highly (4.{dg} stars, App Store, {yr}).",
    ],
    "ranking": [
        "{B} climbed the league table ({rank}, {yr}).",
        "The company appeared in a growth ranking ({rank} {yr}) for the second time.",
    ],
    "trade-show": [
        "{B} launched the range at a trade fair ({fair} {yr}).",
        "Buyers saw the new beds first at the industry's main show ({fair}, {mon} {yr}).",
        "The firm exhibits every year ({fair}, stand {q}{dg}).",
    ],
    "fire-standard": [
        "All mattresses pass the cigarette and match tests (BS 7177:{stdyr}).",
        "Upholstery sold in the UK must resist ignition (the 1988 fire safety regulations, amended {yr}).",
        "US mattresses must meet the open-flame rule (16 CFR Part 1633).",
        "Foams are certified for low emissions (CertiPUR-US, {yr}).",
    ],
    "textile-label": [
        "The cotton sheets are certified (OEKO-TEX Standard 100, class 1).",
        "The duvet is filled with traceable down (RDS certified, {yr}).",
    ],
    "price-bracket": [
        "The double mattress is competitively priced ({price}).",
        "Prices start low (from {price} for a single) and rise with size.",
        "{B}'s flagship is a premium product ({price} for a king size).",
    ],
    "offer-bracket": [
        "Shoppers were offered a bundle (two free pillows worth £{n}).",
        "The sale ran for a week ({pct}% off all mattresses).",
        "Finance was heavily promoted ({fin}).",
    ],
    "date-bracket": [
        "The brand opened its first showroom ({d} {mon} {yr}).",
        "Black Friday sales peaked on one day ({d} November {yr}).",
    ],
    "survey-wave": [
        "Sleep worries rose sharply in the latest round of the survey ({wave}, {yr}).",
        "Fewer adults reported sleeping well ({wave} of the panel, fieldwork {mon} {yr}).",
    ],
    "sample-size": [
        "Most respondents had bought their last mattress online (n = {n}).",
        "Half of the panel slept less than seven hours (n = {n}, {yr}).",
    ],
    "launch-year": [
        "The sleep app arrived in the UK shortly after its US debut (launched {yr}).",
        "{B} entered the market late (launch: {mon} {yr}).",
        "The smart bed ({prod}) was launched in {yr} at a premium price.",
    ],
    "percentage-year": [
        "Online sales now account for a large share of the market ({pct}% in {yr}).",
        "Returns rose after the trial was extended ({pct}% of orders, {yr}).",
        "Mattress prices rose faster than inflation ({pct}% between {yr} and {yr2}).",
    ],
    "revenue-year": [
        "{B}'s revenue grew strongly (£{n}m in FY{yy}).",
        "Turnover fell during the cost-of-living crisis ({yr} turnover: €{n}m).",
        "The group's profit fell ({yr}: ₺{n}m before tax).",
    ],
    "market-size": [
        "The UK bed market is large (worth around £{n}m a year).",
        "Vietnam's mattress market is growing fast (around {pct}% a year).",
    ],
    "store-count": [
        "{B} trades from a large estate ({sn} stores in {yr}).",
        "The retailer closed a third of its shops (from {sn} to {sn2} stores).",
    ],
    "financial-year": [
        "Sales were flat in the last full year (FY{yy}/{yy2}).",
        "Marketing spend was cut in the second half (H2 {yr}).",
        "Online orders grew in the quarter (Q{q} {yr}).",
    ],
    "campaign-year": [
        "The brand's TV campaign ({camp}, {yr}) ran during the Christmas period.",
        "{B}'s best-known advert ({camp}) first aired in {yr}.",
    ],
    "slogan": [
        "The brand's promise is simple (‘{slogan}’).",
        "{B}'s tagline ({slogan}) appears on every box.",
    ],
    "app-version": [
        "The sleep-tracking feature arrived in a later update ({app} {ver}).",
        "Snore detection was added in {yr} ({app}, version {ver}).",
    ],
    "device-model": [
        "Many users track sleep with a ring ({dev}).",
        "The app syncs with wearables (for example the {dev}).",
    ],
    "mattress-size": [
        "Most orders are for doubles (135 x 190 cm).",
        "The US range follows American sizes (Queen, 60 x 80 in).",
        "Spanish retailers sell a wider bed as standard (150 x 190 cm).",
    ],
    "firmness-scale": [
        "The mattress is medium firm ({dg} out of 10 on the brand's own scale).",
        "Shoppers choose a firmness level (soft, medium or firm; tension {dg}).",
    ],
    "spring-count": [
        "The premium model has far more springs ({n}0 pocket springs).",
        "Its hybrid layer uses mini pocket springs ({n}0 in a king size).",
    ],
    "tog-rating": [
        "The winter duvet is warmer (13.5 tog).",
        "A summer duvet is sold alongside it (4.5 tog, £{n}).",
    ],
    "thread-count": [
        "The sheets are made from long-staple cotton (400 thread count).",
        "Premium bedding sells on its thread count (600TC sateen).",
    ],
    "delivery-window": [
        "Orders arrive quickly (next-day delivery on orders before 2pm).",
        "Delivery is slower for made-to-order beds (6-8 weeks).",
    ],
    "recall": [
        "A product safety recall was issued ({mon} {yr}) for a batch of children's mattresses.",
        "The product was withdrawn (recall notice, {d} {mon} {yr}).",
    ],
    "ipo-listing": [
        "The start-up listed on AIM at a high valuation (IPO, {yr}).",
        "{lfloat} floated on the stock market ({ltick}) in {yr}.",
    ],
    "funding-round": [
        "The app raised new money to expand ({round} round, {yr}).",
        "{B} raised £{n}m from investors (Series {rl}, {yr}).",
    ],
    "event-year": [
        "Demand spiked during the pandemic ({yr} lockdowns).",
        "Sales were hit during the energy crisis ({yr}–{yr2}).",
    ],
    "world-sleep-day": [
        "{B} ran its biggest promotion on World Sleep Day ({d} March {yr}).",
        "The campaign was timed for Sleep Awareness Week ({mon} {yr}).",
    ],
    "sale-event": [
        "Most mattresses are sold in the big sales (Black Friday {yr}, January sales).",
        "Prices were cut for the Prime Day sale ({mon} {yr}).",
    ],
    "legal-case": [
        "The advert was later banned (ASA ruling, {mon} {yr}).",
        "Regulators challenged the sale prices (a CMA investigation opened in {yr}).",
    ],
    "ombudsman-count": [
        "Complaints to the furniture ombudsman rose (about {n} cases in {yr}).",
        "Most disputes concerned delivery (around {pct}% of complaints).",
    ],
    "currency-conversion": [
        "The Turkish price looks high in lira (₺{n}.000, about £{n2}).",
        "In Vietnam the mattress costs {n}.000.000 ₫ (around $400).",
    ],
    "city-store": [
        "{B} opened a flagship store in the capital ({city}, {yr}).",
        "The brand tested a pop-up shop first ({city}, {mon}–{mon2} {yr}).",
    ],
    "age-range": [
        "The target market is young renters (aged 25-34).",
        "Older buyers spend more on beds (55+, {pct}% of spend).",
    ],
    "loyalty-points": [
        "Members earn points on every purchase (1 point per £1 spent).",
        "The retailer's card gives extra discounts (10% off for members, {yr}).",
    ],
    "sustainability-claim": [
        "The mattress is partly recyclable ({pct}% recycled materials).",
        "The brand says it is carbon neutral (certified {yr}).",
    ],
    "employee-count": [
        "{B} is still a small firm ({n} employees).",
        "The factory employs many local people (around {n}0 staff in {yr}).",
    ],
    "trademark": [
        "The foam is a registered material (Tempur® material).",
        "Its cooling cover uses a branded fabric (Outlast®, patented).",
    ],
    "figure-table": [
        "The results are summarised in the appendix (Appendix {q}).",
        "The customer journey is mapped in the report (Figure {q}).",
        "Competitors are compared in a table (Table {q}.{dg}).",
    ],
    "sleep-hours": [
        "Adults need regular sleep (seven to nine hours a night).",
        "Many respondents slept badly (under six hours on {pct}% of nights).",
    ],
    "course-reference": [
        "This report follows the brief for the unit (CIM Level {lvl}, Module {q}).",
        "The analysis uses the tools taught in the module (PESTLE, SWOT and the 7Ps).",
    ],
}  # fmt: skip

_PRODUCTS = ["Emma Original", "Emma Hybrid Premium", "Simba Hybrid Pro", "Silentnight Eco Comfort", "TEMPUR Pro Plus",
             "Purple Restore", "Yataş Bedding Dream Plus", "Pikolin Nature", "Hypnos Orthocare", "Nectar Premier",
             "eve Premium", "Casper Wave", "Dreams Spring Supreme", "Sleep Number i8", "Doğtaş Nova", "Everon Lux",
             "Vua Nệm Goodnight", "Saatva Classic", "Flex Nube", "Hästens Vividus"]  # fmt: skip
_FIRMS = ["Sleepeezee", "Sealy UK", "Staples & Co", "Steinhoff", "Somnigroup International", "Tempur Sealy",
          "Mattress Firm", "Silentnight", "Emma", "Simba", "eve Sleep", "Bensons for Beds", "Dreams", "Harrison Spinks",
          "Hypnos", "Casper", "Purple", "Yataş", "İstikbal", "Pikolin", "Vua Nệm", "Sleep Cycle", "Calm", "Oura"]  # fmt: skip
_LISTED_FIRMS = ["Silentnight", "Harrison Spinks", "Hypnos", "Heal's", "Pikolin", "Yataş", "İstikbal", "Dreams",
                 "Bensons for Beds", "Dunelm", "Meadows & Byrne", "Sleep Number"]  # fmt: skip
_BODIES = ["National Bed Federation", "The Sleep Charity", "Sleep Council", "Furniture Industry Research Association",
           "Better Sleep Council", "National Sleep Foundation"]  # fmt: skip
_FOUNDERS = ["Manuel Müller and Dennis Schmoltzi", "James Cox and Tim Bacon", "Jas Bagniewski and Kuba Wieczorek",
             "Philip Krim", "Fikret Yataş", "Nguyễn Văn Tuấn", "Tommy Brady", "Jeff Gannon"]  # fmt: skip
_EXPERTS = ["Dr Neil Stanley", "Dr Guy Meadows", "Dr Sophie Bostock", "Professor Russell Foster", "Dr Michael Breus",
            "Dr Lindsay Browning", "Dr Hope Bastine", "James Wilson, ‘the Sleep Geek’", "Dr Nerina Ramlakhan"]  # fmt: skip
_AWARDS = ["Which? Best Buy", "Good Housekeeping Institute Approved", "Red Dot Award", "Mumsnet Best",
           "King's Award for Enterprise", "Queen's Award for Enterprise", "Irish Retail Awards", "Wirecutter pick",
           "Drapers Bedding Awards", "Trustpilot Award"]  # fmt: skip
_RANKS = ["Sunday Times Fast Track 100", "FT 1000", "Deloitte Technology Fast 500", "Inc. 5000",
          "Fortune Türkiye 500", "VNR500"]  # fmt: skip
_FAIRS = ["Sleep & Eat", "January Furniture Show", "Interzum Cologne", "Las Vegas Market", "High Point Market",
          "Feria Hábitat València", "IMOB Istanbul", "VIFA-EXPO", "Ideal Home Show", "Salone del Mobile"]  # fmt: skip
_CAMPAIGNS = ["Sleep On It", "The Sleep Olympics", "Made for Sleep", "Wake Up Happy", "Goodnight Britain",
              "Sleep Like Nobody's Watching"]  # fmt: skip
_SLOGANS = ["Sleep well, live well", "Better sleep, every night", "Designed for deep sleep", "Made in Britain since 1946",
            "Try it for 100 nights"]  # fmt: skip
_LISTINGS = [("Casper", "NYSE: CSPR"), ("Purple", "NASDAQ: PRPL"), ("eve Sleep", "AIM: EVE"), ("Tempur Sealy", "NYSE: TPX"),
             ("Sleep Number", "NASDAQ: SNBR"), ("Yataş", "BIST: YATAS"), ("Dunelm", "LSE: DNLM"), ("DFS", "LSE: DFS")]  # fmt: skip
_APPS = ["Sleep Cycle", "Calm", "Headspace", "BetterSleep", "SleepScore", "Rise", "Pokémon Sleep"]
_DEVICES = ["Oura Ring Gen3", "Apple Watch Series 9", "Fitbit Charge 6", "Withings Sleep Analyzer", "Eight Sleep Pod 4"]
_CITIES = ["London", "Dublin", "Madrid", "Barcelona", "Istanbul", "Ankara", "Ho Chi Minh City", "Hanoi", "New York",
           "Manchester", "Cork"]  # fmt: skip
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """Fill values for this pool's frames, drawn in a fixed order."""
    year = rng.randint(2012, 2025)
    firm, firm2 = rng.sample(_FIRMS, 2)
    months = sorted(rng.sample(range(12), 2))
    n = rng.randint(12, 950)
    stores = rng.randint(30, 420)
    listing = rng.choice(_LISTINGS)
    cost = rng.randint(199, 2499)
    return {
        "prod": rng.choice(_PRODUCTS), "yr": str(year), "yr2": str(min(year + rng.randint(1, 3), 2025)),
        "yy": f"{year % 100:02d}", "yy2": f"{(year + 1) % 100:02d}", "fy": str(rng.randint(1880, 2016)),
        "trial": rng.choice(["100", "200", "365", "120", "1,000"]), "gy": str(rng.choice([5, 10, 15, 20, 25])),
        "gy2": str(rng.choice([2, 3, 5])), "firm": firm, "firm2": firm2, "lfirm": rng.choice(_LISTED_FIRMS),
        "lbody": rng.choice(_BODIES), "founder": rng.choice(_FOUNDERS), "expert": rng.choice(_EXPERTS),
        "award": rng.choice(_AWARDS), "rank": rng.choice(_RANKS), "fair": rng.choice(_FAIRS),
        "stdyr": rng.choice(["2008", "2008+A1:2019"]), "dg": str(rng.randint(1, 9)),
        "price": rng.choice([f"£{cost}", f"€{cost}", f"${cost}", f"£{cost - 100} in the sale", "₺" + f"{cost * 40:,}".replace(",", "."), f"{cost * 3000:,}".replace(",", ".") + " ₫"]),
        "pct": str(rng.randint(3, 78)), "fin": rng.choice(["0% APR over 24 months", "buy now, pay later with Klarna", "12 months interest free"]),
        "wave": f"Wave {rng.randint(2, 40)}", "mon": _MONTHS[months[0]], "mon2": _MONTHS[months[1]],
        "camp": rng.choice(_CAMPAIGNS), "slogan": rng.choice(_SLOGANS), "app": rng.choice(_APPS),
        "ver": f"{rng.randint(2, 9)}.{rng.randint(0, 20)}", "dev": rng.choice(_DEVICES), "n2": str(max(n // 2, 8)),
        "lfloat": listing[0], "ltick": listing[1],
        "round": rng.choice(["seed", "Series A", "Series B"]), "rl": rng.choice(["A", "B", "C"]), "city": rng.choice(_CITIES),
        "lvl": rng.choice(["6", "7"]), "sn": str(stores), "sn2": str(stores * 2 // 3), "ctry": rng.choice(["the UK", "Ireland", "Spain", "Turkey", "Vietnam", "the US"]),
    }  # fmt: skip
