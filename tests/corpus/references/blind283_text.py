"""The blind283 pool's prose: marketers at self-storage operators, removal and relocation firms, van-hire, packaging
and moving-supplies brands and property and storage-tech firms in the UK, Ireland, the Netherlands, Belgium, Germany
and the Nordic countries writing CIM Level 6 and 7 reports and MBA assignments in English on B2C and B2B demand,
pricing, local SEO and digital-channel marketing.

Written without reading the checker, its tests or any other pool. Store openings with towns and years, unit sizes,
prices per square foot, occupancy by quarter, move volumes, vans, boxes, postcodes, planning consents, fire and
insurance standards, awards, tickers, peaks, rents, straplines and figures are no citations.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Big Yellow Self Storage", "Big Yellow", "Safestore", "Lok'nStore", "Access Self Storage", "Shurgard",
          "Pelican Self Storage", "Nettolager", "24Storage", "City Self-Storage", "MyStorage", "Pickfords",
          "Britannia Movers International", "Anglo Pacific", "Santa Fe Relocation", "Crown Relocations",
          "Bishop's Move", "Gentle Giant", "Enterprise Van Hire", "Europcar Vans", "U-Haul UK", "Stor-Age",
          "StorageMart", "Storage King", "Kiwi Self Storage"]  # fmt: skip

NARRATIVE_START = [
    "{N} argued that {C}.", "{N} found that {C}, although their sample was drawn from city-centre stores.",
    "{N} concluded that {C}.", "{N} suggests that {C}, which is directly relevant to {B}.",
    "{N} identified that {C}, particularly among {A}.", "{N} showed that {C}.",
    "{N} points out that {C} – something {B} has been slow to act on.", "{N} reported that {C} in the UK market.",
    "{N} noted that, since {Y}, {C}.", "{N} questioned whether {C}.", "{N} went further and argued that {C} and that {C2}.",
    "{N} explains that {C} (for example through {T}).", "{N} observed that {C} in Dutch and Belgian cities as well.",
    "{N} recommend that operators test whether {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "In their study of European storage operators, {N} found that {C}.", "{O}, {N} argued that {C}.",
    "This is consistent with {N}, who found that {C}.", "{C}, which supports the findings of {N}.",
    "{C} – a view shared by {N}.", "As {N} highlighted, {C}.", "{B} illustrates this well: {N} showed that {C}.",
    "According to {N}, {C}.", "Data from {N} show that {C}.", "A survey by {N} found that {C}.",
    "{C}; however, {N} found the opposite for {A}.", "Evidence from {N} suggests that, for {A}, {C}.",
    "It could be argued, following {N}, that {C}.", "{C}, according to {N}.",
    "Unlike {B}, which relies on {T}, the firms studied by {N} found that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} research shows that {C}.", "Using {N} framework, it is clear that {C}.", "{O}, {N} report concluded that {C}.",
    "{B} could apply {N} model, since {C}.", "{N} findings matter here because {C}.", "This reflects {N} argument that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "Research shows that {C} {P}.", "{B} is no exception, since {C} {P}.",
    "For {A}, {C} {P}.", "This matters because {C} {P}.", "It is often claimed that {C} {P:see}.",
    "Several studies report that {C} {P:e.g.}.", "{C}, especially on mobile {P}.", "In short, {C} {P}.",
    "{C}, which is why {B} invests in {T} {P}.", "Across the UK and the Benelux, {C} {P}.", "{C}. {P}",
    "{C} {P:see also}.", "A key point for {B} is that {C} {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, but {C2}.", "{C} {P}; {C2}.", "While {C} {P}, {C2}.",
    "Although {C} {P}, it is also true that {C2}.", "{C} {P:see}, whereas {C2}.",
    "Because {C} {P}, {B} should make sure that {C2}.", "Studies {P} agree that {C}.", "{O}, {C} {P}, so {C2}.",
]  # fmt: skip
CLAIMS = [
    "most self-storage demand is triggered by a life event such as moving home, divorce or a death in the family",
    "{A} search for storage on their phones and choose from the local map pack", "{T} lifts {R} among {A}",
    "online reviews weigh more than price when {A} choose a removal firm", "occupancy above 85% gives operators room to raise prices",
    "introductory offers such as 50% off for eight weeks attract price-sensitive {A} but raise churn later",
    "business customers stay longer in storage than households do", "{B} depends on {T} more than its rivals do",
    "the housing market's slowdown cut demand for removals but not for storage",
    "{A} rarely know how much space they need, so size guides and calculators reduce drop-off",
    "dynamic pricing works when customers cannot easily compare like-for-like quotes",
    "Google Business Profile listings drive most enquiries for a single store",
    "a removal firm's reputation travels by word of mouth within a town", "{T} only improves {R} when the offer is local",
    "Nordic consumers book storage online more readily than British ones", "{A} expect a price online before they call",
    "awareness of self storage in Germany lags well behind the UK and the Netherlands",
    "relocation firms win corporate contracts on service quality rather than price",
]  # fmt: skip
OPENERS = ["Furthermore", "In addition", "However", "For example", "In the UK", "For {B}'s marketing team",
           "Since the pandemic", "In the context of {B}", "From a customer perspective", "Nevertheless",
           "In the Dutch market", "As a result", "Looking at {B}'s competitors", "Overall", "In terms of local search",
           "In the Nordics"]  # fmt: skip
PLAIN = [
    "{B} operates {n} stores, most of them close to a main road with good visibility.",
    "This section analyses {B}'s current digital channels and makes recommendations.",
    "The table below summarises the key performance indicators for each channel.",
    "Customers can book a unit online, by phone or in store, and most move in within a week.",
    "A SWOT analysis of {B} is included in the appendix.", "{O}, {C}.",
    "The main competitors are {B} and a number of independent container sites.",
    "Task 2 builds on this by proposing a local SEO plan for the next year.",
    "The recommendations are costed and phased over twelve months.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one industry study puts it, {Q} {P}.", "It has been argued that {Q} {P}.",
    "{N} put it plainly: {Q}.", "{N} stated that {Q}.", "The point is made directly: {Q} {P}.",
]  # fmt: skip
SCARE_QUOTES = ["‘space as a service’", "‘the four Ds’", "‘move-in day’", "‘rate creep’", "‘drive-up units’",
                "‘the sticky customer’", "‘last-mile storage’"]  # fmt: skip
SCARE_FRAMES = [
    "Operators now talk of {Q} {P}.", "{B} calls its approach {Q} {P}.", "The idea of {Q} is now common {P}.",
    "What the industry terms {Q} is central to pricing {P}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Your first month for £1 – ends {M}’", "‘Moving soon? Get your free quote today’",
                 "“Your {M} storage offer is waiting”", "‘50% off for 8 weeks: book online now’",
                 "‘Free boxes when you book your move’"]  # fmt: skip
SUBJECT_FRAMES = [
    "The subject line {Q} doubled opens {P}.", "{B} sent the message {Q} to lapsed enquiries {P}.",
    "An email headed {Q} performed best {P}.",
]  # fmt: skip

NOT_CITATIONS = {
    "store-opening-town": ["{B} opened its newest store in the city (Bristol, {Y}).", "The first Dutch site followed soon after (Utrecht, {Y}).",
                           "Expansion went north (Leeds, 2016; Glasgow, 2018)."],
    "nth-store": ["{B} celebrated its 100th store (Hamburg, 2022).", "The group's 50th site (Malmö, {Y}) was its first in Skåne.",
                  "Its 250th store (Brussels, {Y}) was built on a former retail park."],
    "unit-size-sqft": ["The most popular unit is small (35 sq ft).", "A one-bed flat usually fits in a medium unit (75 sq ft, about 7 m²).",
                       "Business customers take larger units (150–200 sq ft)."],
    "unit-size-sqm": ["Nettolager's smallest box is tiny (1 m²).", "Most German customers rent a mid-sized unit (5–10 m²).",
                      "The new store adds rentable space ({n},000 m² net)."],
    "price-per-sqft": ["Rates in London are the highest in the country (£{q}.{q}0 per sq ft per week).",
                       "The regional average is lower (£2{q}.{q}0 per sq ft per year, {Y})."],
    "occupancy-quarter": ["Closing occupancy held up well (Q3 2023 occupancy: 8{q}.{q}%).", "Like-for-like occupancy dipped slightly (Q{q} {Y}).",
                          "Occupancy in the Netherlands recovered ({Y} Q{q}: 9{q}%)."],
    "move-volumes": ["Household moves in England fell sharply ({Y}: about 1.{q} million).", "Removals peaked after the stamp duty holiday ({Y} moves).",
                     "Dutch households moved less often ({Y} verhuizingen: {n},000)."],
    "van-model": ["{B} runs a fleet of vans (the Ford Transit Custom ({Y})).", "Customers can hire a Luton van (3.5 t, tail lift) for a day.",
                  "The electric van trial (Mercedes eSprinter, {Y}) cut fuel costs."],
    "van-size": ["Most weekend hires are medium vans (LWB, 10 m³).", "A Luton van (18 m³) holds a three-bed house."],
    "box-product": ["The moving kit (Packing Kit 2, {n} boxes) sells best online.", "The wardrobe box (Tall, 1{q}0 cm) comes with a rail.",
                    "{B} sells a starter pack (10 × Medium Box, {Y} range)."],
    "postcode": ["The store serves a dense catchment (SW18, SW11 and SW6).", "The new site is on an industrial estate (NG2 1{q}AB).",
                 "Leads come mostly from two areas (BS1–BS8, {Y} data)."],
    "catchment": ["Most customers live nearby (a 15-minute drive time).", "The catchment is large ({n},000 households within three miles)."],
    "planning-consent": ["The council approved the scheme (ref. 2{q}/0{n}/FUL, {Y}).", "Planning permission was granted on appeal (APP/{q}/W/{Y}/{n})."],
    "fire-standard": ["Stores are fitted with sprinklers (BS 5306, {Y} revision).", "Fire compartments follow the guidance (BS 9999:2017).",
                      "Storage buildings meet the standard (BS EN 12845)."],
    "ssa-code": ["Members must follow the rules (the 2022 SSA code of practice).", "{B} signed up to the industry charter (a FEDESSA member since {Y})."],
    "insurance": ["Goods are covered up to a limit (£{n},000 per unit, {Y} policy).", "Cover is mandatory (Storewell insurance, {Y})."],
    "award-ssa": ["The team won national recognition (SSA UK Awards 2024).", "{B} was shortlisted again (SSA UK Awards {Y}: Best Customer Service)."],
    "award-bar": ["Its crews are highly rated (BAR Removals Company of the Year (2021)).", "The firm took a regional prize (BAR Awards {Y})."],
    "award-other": ["{B} topped the table (Which? Recommended Provider {Y}).", "The website won a design prize (Webby Award {Y})."],
    "ticker": ["Big Yellow is listed in London (LSE: BYG).", "Safestore's shares rose on the results (LSE: SAFE).",
               "Shurgard moved its listing to Brussels (Euronext: SHUR)."],
    "index-member": ["The group joined the index (FTSE 250, {Y}).", "Shurgard is in the Belgian index (BEL 20, {Y})."],
    "moving-peak": ["Demand surges in the summer (August 2023 peak).", "Student storage is seasonal (June {Y} peak).",
                    "Removals slow in winter (January {Y} trough)."],
    "season": ["Most enquiries arrive in spring (March–May {Y}).", "The quiet season (Q1) is used for maintenance."],
    "rent-per-year": ["Prime rents for warehouse land rose again (£{q}{q} per sq ft pa, {Y}).",
                      "Average storage rent per unit has climbed (€{n} per year, {Y})."],
    "move-ins": ["Web enquiries turned into bookings quickly ({Y} move-ins: {n},000).", "Online bookings grew fast (2023 move-ins)."],
    "move-outs": ["Churn rose after the price increase ({Y} move-outs).", "The average stay lengthened (median {q}{q} weeks, {Y} move-outs)."],
    "strapline-slogan": ["Big Yellow's strapline ‘Space to live’ appears on every van.", "{B}'s slogan (‘We move you, we care’) dates from {Y}.",
                         "Pickfords still uses its line ‘Moving people since 1630’."],
    "slogan-quote": ["The ad said simply ‘Make room for life’ ({Y} campaign).", "Its campaign ‘Less stuff, more life’ ran on TikTok ({Y})."],
    "promo-offer": ["The offer was generous (50% off for 8 weeks, {Y}).", "New customers paid almost nothing (first month £1, {M} {Y})."],
    "house-prices": ["Average house prices fell ({Y}: £2{q}{q},000).", "The UK HPI rose slightly (UK average, {M} {Y})."],
    "stamp-duty": ["Moves were brought forward (stamp duty holiday, {Y}).", "Buyers rushed to complete before the change (SDLT, April {Y})."],
    "founded-year": ["{B} started with one site (founded {Y}).", "Pickfords has a long history (est. 1630).",
                     "Shurgard began in Seattle (1972) before coming to Europe."],
    "legislation": ["Storage contracts fall under consumer law (Consumer Rights Act 2015).",
                    "The firm must keep records under the GDPR (Regulation (EU) 2016/679).", "Van drivers need the right licence (category C1, since 1997)."],
    "acronym-year": ["{B} reports under the reporting rules (IFRS 16, {Y}).", "Its head office is certified to the standard (ISO 14001:2015)."],
    "keyword-ranking": ["{B} ranks first for its main keyword (position 1, {d} {M} {Y}).", "Search volume for ‘storage near me’ rose (up {q}0% year on year, {Y})."],
    "local-pack": ["The store appears in the local pack (top 3, {Y}).", "Its profile has many reviews (4.{q} stars, {n} reviews)."],
    "review-score": ["Customers rate the firm highly (Trustpilot 4.{q}/5, {Y}).", "Reviews are mostly positive (Google: 4.{q}, n = {n})."],
    "survey-n": ["Most respondents preferred online booking (n = {n}).", "The panel was split by age (n={n}, aged 25–44)."],
    "figure-table": ["Occupancy is shown by region (Figure {q}).", "Costs are set out in the budget (Appendix {q}).",
                     "Channel results are compared (Table {q}; {Y} data)."],
    "revenue": ["Group revenue rose (FY{Y}: £{n}m).", "Like-for-like revenue grew ({q}.{q}% up on {Y})."],
    "financial-year": ["Results were strong (year to 31 October {Y}).", "Guidance was raised (H1 {Y}/{Y2})."],
    "currency": ["Prices are higher in Norway (NOK {n} per month).", "A small unit in Stockholm costs more (SEK {n}, {Y})."],
    "container-site": ["The outdoor site holds steel containers (20 ft and 40 ft).", "Each container unit is rented by the month (20 ft, {Y} price list)."],
    "app-version": ["Customers unlock units through the app (version {q}.{q}, {Y}).", "Keyless entry launched across Sweden (app version 3, {Y})."],
    "europe-rank": ["The UK is Europe's largest market (about 2,000 stores, {Y}).", "The Netherlands has more space per person (0.{q} sq ft per capita)."],
    "cma-case": ["The regulator looked at the sector before (the 2010 review).", "Removal firms were warned about fake reviews (Case {n}, {Y})."],
    "employees": ["{B} employs many people ({n} staff, {Y}).", "The relocation business is small (c. {n} employees)."],
    "distance": ["Most moves are local (under 10 miles).", "International moves are rarer (UK–Netherlands, {Y} route)."],
    "abbreviation": ["The Self Storage Association (SSA) represents most UK operators.",
                     "Return on investment (ROI) will be tracked with cost per lead (CPL).",
                     "The British Association of Removers (BAR) runs a code of practice for members."],
}  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """Fill values this pool's frames use beside the shared ones: audiences, tactics, results and months."""
    return {
        "A": rng.choice(["home movers", "students", "small businesses", "downsizers", "renters", "e-commerce sellers",
                         "expats relocating", "landlords", "tradespeople", "young families"]),
        "T": rng.choice(["local SEO", "paid search", "Google Business Profile", "email follow-up", "online booking",
                         "dynamic pricing", "review management", "referral schemes", "YouTube size guides"]),
        "R": rng.choice(["enquiries", "bookings", "occupancy", "conversion", "length of stay", "review scores",
                         "quote requests", "repeat hires"]),
        "M": rng.choice(["January", "March", "June", "September", "October"]),
    }  # fmt: skip
