"""The blind224 pool's prose: marketers at toy makers, games and puzzle publishers, children's publishers and
licensing agencies, baby and nursery brands, toy retailers and children's entertainment studios in the UK, Denmark,
Germany, the United States and Japan writing CIM Level 6 and 7 reports and MBA assignments in English.

Written without reading the checker, its tests or any other pool. The decoys are what such reports are full of:
toys and their launch years, set numbers and SKUs, age ratings and safety marks, toy fairs, awards, films and
licences with years, trading periods, prices, view counts, laws and codes, patents, store openings, tickers,
people's titles, financial years and quarters. None of them is a source a tutor would look for in the list.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["LEGO", "Mattel", "Hasbro", "Bandai Namco", "Ravensburger", "Playmobil", "Smyths Toys", "The Entertainer",
          "Hamleys", "Moonpig", "Mothercare", "Peppa Pig", "Jellycat", "Spin Master", "Moose Toys", "Hornby", "Schleich",
          "HABA", "Orchard Toys", "Usborne", "Tomy", "VTech", "Melissa & Doug", "Crayola"]  # fmt: skip

NARRATIVE_START = [
    "{N} argue that {C}.", "{N} found that {C}, although their sample was drawn from UK parents only.",
    "{N} concluded that {C}.", "{N} makes the point that {C}, which is directly relevant to {B}.",
    "{N} showed that {C} among children aged 6 to 11.", "{N} suggests that {C}; {B}'s own sell-through data agree.",
    "{N} warned that {C}.", "{N} observed that {C} in the run-up to Christmas.", "{N} identifies that {C}.",
    "{N} highlighted that {C}, particularly for {A}.", "{N} describe how {C}.", "{N} note that, since {Y}, {C}.",
    "{N} went further, arguing that {C} and that {C2}.", "{N} questioned whether {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "In a study of Danish and German families, {N} found that {C}.", "{O}, {N} argued that {C}.",
    "This is consistent with {N}, who found that {C}.", "{C}, which supports the findings of {N}.",
    "{C} – a view shared by {N}.", "As highlighted by {N}, {C}.", "{B} illustrates this well: {N} showed that {C}.",
    "Research by {N} suggests that {C}.", "According to {N}, {C}.", "A survey carried out by {N} found that {C}.",
    "It could be argued, following {N}, that {C}.", "For a licensor such as {B}, the lesson from {N} is that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study of pester power suggests that {C}.", "{O}, {N} findings imply that {C}.",
    "{N} framework helps explain why {C}.", "{N} report shows that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "There is growing evidence that {C} {P}.", "It is widely accepted that {C} {P}.",
    "{C}, especially among {A} {P}.", "{B} is no exception: {C} {P}.", "{C} {P:see}.", "{C} {P:e.g.}.",
    "Parents remain the gatekeepers, and {C} {P}.", "In the toy trade, {C} {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, although {C2}.", "{C} {P}; even so, {C2}.", "{C} {P}, while {C2}.",
    "Although {C} {P}, {C2}.",
]  # fmt: skip
CLAIMS = [
    "{B} could use {T} to reach {A} without breaching the CAP Code", "{T} raises {R} among {A}",
    "parents buy most toys but children choose many of them", "licensed toys sell best in the Golden Quarter",
    "{A} respond to {T} more than to television advertising", "kidult buyers now account for a large share of toy sales",
    "unboxing videos blur the line between content and advertising", "{B} relies on {T} more than its rivals do",
    "sustainable packaging matters more to parents than to children", "collectables drive repeat purchase among {A}",
    "gendered aisles put off many parents", "the return on {T} falls once a licence is saturated",
    "a film tie-in lifts toy sales only for a season", "grandparents spend more per gift than parents do",
    "toy retailers that stage play in store win on footfall", "{A} expect {B} to show its products in use",
]  # fmt: skip
OPENERS = ["However", "In practice", "For {B}", "Similarly", "At the same time", "By contrast", "In the case of {B}",
           "More recently", "Even so", "In the UK toy market", "Across Europe", "Ahead of Christmas"]  # fmt: skip
PLAIN = [
    "{B} sells through its own stores, its website, Amazon and the big-box retailers.",
    "The campaign ran from October to December across YouTube, TikTok and in-store sampling.",
    "Toy sales are highly seasonal, and most of the year's profit is made in a few weeks.",
    "{B}'s buyers commit to Christmas ranges in the spring.", "{O}, {C}.",
    "The brief asks for a marketing plan for the next twelve months.",
    "This section applies the PESTLE framework to the UK toy market.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one textbook puts it, {Q} {P}.", "{O}, {Q} {P}.", "Put simply, {Q} {P}.",
    "{N} puts it plainly: {Q}.", "{Q}, as {N} wrote.", "The point is that {Q} {P}, and {B} has yet to act on it.",
]  # fmt: skip
SCARE_QUOTES = ["‘kidults’", "‘pester power’", "‘pocket-money price point’", "‘play value’", "‘toyetic’",
                "“the Golden Quarter”", "‘blind bags’", "‘phygital play’", "“age compression”", "‘evergreen brands’",
                "'collect them all'", "\"kids getting older younger\""]  # fmt: skip
SCARE_FRAMES = [
    "The trade calls these buyers {Q} {P}.", "{B} describes its approach as {Q} {P}.",
    "What marketers call {Q} is now well documented {P}.", "Licensors talk of {Q} when they choose a property {P}.",
    "{Q} has become the buzzword of the toy industry {P}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Your Christmas list, sorted’", "“Only 3 sleeps until Black Friday”", "‘New in: the {M} collection’",
                 "'Free delivery on orders over £30'", "“Build it before anyone else”", "‘Half-term fun starts here’",
                 "\"Last chance: 3 for 2 ends tonight\""]  # fmt: skip
SUBJECT_FRAMES = [
    "One retailer's subject line, {Q}, lifted open rates {P}.", "An email headed {Q} performed best in the test {P}.",
    "{B} sent the message {Q} to lapsed club members {P}.", "A subject line such as {Q} creates urgency {P}.",
]  # fmt: skip

NOT_CITATIONS = {
    "toy-launch-year": ["Barbie (1959) is still Mattel's biggest brand.", "Monopoly (1935) has been licensed in over 100 countries.",
                        "The Tamagotchi (1996) was relaunched for a nostalgic adult market.", "Squishmallows (2017) became a collectable craze among teenagers."],
    "set-launch-year": ["The LEGO Millennium Falcon 75192 (2017) was aimed squarely at adult fans.", "The LEGO Titanic set 10294 (2021) sold out within days.",
                        "Sets such as the Eiffel Tower 10307 (2022) target {A} with larger budgets."],
    "set-number": ["The Galaxy Explorer (set 10497) was a reissue of a 1979 design.", "Shoppers searched for the set by number (set 75313).",
                   "The lead product (set {SET}) was priced at {PR}."],
    "sku": ["Smyths' ranging data list the item under one code (SKU 6425870).", "The product page (SKU {SKU}) was the most visited in December.",
            "Stock of the bundle (SKU {SKU}, RRP {PR}) ran out by mid-November."],
    "age-rating": ["The pack carries an age grade (3+) for small parts.", "Most board games are labelled for older children (8+).",
                   "The kit is rated for teenagers and adults (18+) to avoid looking childish."],
    "warning-label": ["The box states 'not suitable for children under 36 months'.", "A warning ('not suitable for children under 36 months') must appear on the packaging.",
                      "The label reads “Warning: choking hazard – small parts” in six languages."],
    "safety-mark": ["Toys sold in Great Britain need a mark (UKCA) from the importer.", "Every item carries the CE mark (CE) as well as the UKCA mark.",
                    "The lion mark (BTHA) tells parents the maker follows the association's code."],
    "toy-standard": ["Testing followed the safety standard (EN 71-1:2014+A1:2018).", "US buyers demand compliance with the ASTM standard (ASTM F963-17).",
                     "Chemical limits were checked against EN 71-3:2019+A1:2021 before launch."],
    "toy-fair": ["{B} launched the range at Toy Fair 2024 at Olympia.", "The team met licensors at Spielwarenmesse Nuremberg 2023.",
                 "Buyers saw the prototypes at the New York Toy Fair (2023) and placed orders in March."],
    "award": ["The game won Toy of the Year (TOTY Awards 2024).", "It was named Best Preschool Toy (Toy of the Year, 2023).",
              "{B}'s puzzle was shortlisted for Spiel des Jahres 2022."],
    "dreamtoys": ["Three of the brand's products made the top-twelve list (DreamToys 2023).", "Retailers still plan ranges around DreamToys 2024 and its twelve picks.",
                  "Being on the Dream Toys list (2022) lifted pre-orders by a third."],
    "film-year": ["The Barbie film (2023) revived demand for the dolls among adults.", "The LEGO Movie (2014) turned the brand into an entertainment property.",
                  "Toy Story 4 (2019) lifted sales of Forky toys for a single season."],
    "series-year": ["Bluey (2018) has become the most licensed preschool property in the UK.", "Paw Patrol (2013) built a toy empire for Spin Master.",
                    "Peppa Pig (2004) is now sold in over 180 territories."],
    "licence-deal": ["Hasbro's purchase of eOne (completed December 2019) cost about $4bn.", "The licence (Disney, five years) covers toys, apparel and publishing.",
                     "{B} renewed its master toy licence (2025–2029) with the studio."],
    "christmas": ["Sales peaked in the last week before Christmas (Christmas 2023).", "The retailer's trading update covered the festive period (Christmas {Y}).",
                  "Footfall at the flagship rose sharply over Christmas 2022 compared with the year before."],
    "golden-quarter": ["Roughly 40% of annual toy sales fall in the Golden Quarter (Q4 2023).", "Planning for the Golden Quarter 2024 began in January.",
                       "Toy retailers staff up for the Golden Quarter (October–December)."],
    "price": ["The starter pack costs £29.99 (RRP).", "Most pocket-money toys sit below a fiver (£4.99).",
              "The Advent calendar was reduced to {PR} in the final week."],
    "promotion": ["The Entertainer ran its usual offer (3 for 2) across board games.", "A half-price event (50% off) cleared old stock in January.",
                  "The offer (buy one, get one half price) applied to all plush."],
    "black-friday": ["Discounting began a week before Black Friday 2023.", "Online sales doubled on the day (Black Friday, 24 November 2023).",
                     "{B} avoided deep cuts on Black Friday ({Y}) to protect its margin."],
    "view-count": ["The unboxing video reached a huge audience (12 million views).", "Its launch clip passed {VIEWS} views in a fortnight.",
                   "The kidfluencer's review (3.4 million views, 2022) drove a sell-out."],
    "unboxing": ["Ryan's World unboxings (2015 onwards) made toy reviews a genre of their own.", "A typical unboxing video (10–15 minutes) shows the product before the packaging."],
    "online-safety-act": ["Platforms must assess risks to children under the Online Safety Act 2023.", "The new duties (Online Safety Act 2023, Part 3) apply to user-to-user services."],
    "aadc": ["Apps likely to be used by children must follow the Age Appropriate Design Code (2021).", "The Children's Code (2021) sets fifteen standards for online services."],
    "toy-regulation": ["Toys sold in Great Britain must meet the Toys (Safety) Regulations 2011.", "The EU's new toy safety regulation (2025) replaces the 2009 directive."],
    "gdpr": ["Parental consent is needed for children under 13 (UK GDPR, Article 8).", "US apps aimed at children must comply with COPPA (1998)."],
    "patent": ["LEGO's brick patent (1958) expired in the 1980s.", "The design was protected by a patent (US 3,005,282) until the late 1970s.",
               "Its stud-and-tube coupling (patent filed 1958) is what competitors later copied."],
    "trademark": ["The shape of the minifigure is a registered trade mark (EUTM 000050450).", "The name is protected in 40 countries (trade mark, class 28)."],
    "store-opening": ["Hamleys on Regent Street (1881) is still the flagship.", "The first Smyths Toys superstore in Great Britain opened in 2007.",
                      "The Entertainer's first shop (Amersham, 1981) was a single-room store."],
    "store-count": ["The chain trades from about 160 shops (UK, 2024).", "Smyths now operates over 200 stores (UK, Ireland, Germany, Austria and Switzerland)."],
    "founding-year": ["The LEGO Group (founded 1932) remains family-owned.", "Ravensburger (founded 1883) began as a publisher of games and books.",
                      "Bandai (est. 1950) merged with Namco in 2005."],
    "ticker": ["Mattel is listed in New York (NASDAQ: MAT).", "Hasbro's shares (NASDAQ: HAS) fell after the results.",
               "Bandai Namco (TYO: 7832) reports in yen.", "Spin Master trades in Toronto (TSX: TOY)."],
    "people-title": ["The brand's Chief Play Officer (CPO) leads the toy testing panel.", "Its Head of Licensing (EMEA) signed the deal.",
                     "The CEO (since 2017) has pushed the group into entertainment."],
    "named-executive": ["Ynon Kreiz (CEO, Mattel) called the film a turning point.", "Niels B. Christiansen (CEO, LEGO Group) spoke of long-term investment."],
    "financial-year": ["Revenue grew by 7% in the last financial year (FY2023/24).", "Guidance for FY2025 assumes flat demand.",
                       "The group changed its year end (FY23, 14 months)."],
    "quarter": ["Gross bookings fell sharply (Q4 2023).", "Sell-through recovered in the spring (Q2 2024).",
                "Point-of-sale data (Q{q} {Y}) showed plush growing fastest."],
    "half-year": ["Profits fell in the first half (H1 2024).", "The interim results (six months to 30 June 2024) were weaker."],
    "currency-figure": ["LEGO reported revenue of DKK 74.3bn (2023).", "Bandai Namco's toy sales reached ¥340bn (FY2024).",
                        "Ravensburger's turnover passed €600m (2022)."],
    "market-size": ["The UK toy market is worth about £3.4bn (2023 sales).", "German toy sales rose slightly (€4.1bn, 2023)."],
    "survey-n": ["Most parents surveyed agreed (n = {n}).", "The focus groups (n = 24, aged 8–12) were run in Leeds.",
                 "Questionnaire results are shown in the appendix (Appendix {q})."],
    "figure-table": ["Sales by category are shown below (Figure {q}).", "The positioning map (Table {q}) compares the main brands."],
    "age-bracket": ["Kidults (adults aged 18+) bought a quarter of all toys.", "Preschool toys (ages 0–4) are the most licensed."],
    "campaign-year": ["The ‘Rebuild the World’ campaign (2019) reframed LEGO as creative play.", "Mattel's ‘Imagine the Possibilities’ advert (2015) went viral."],
    "anniversary": ["The brand marked its 90th anniversary (1932–2022) with a retro range.", "Playmobil celebrated 50 years (1974–2024) with a limited set."],
    "email-address": ["Enquiries went to the press office (press@example.co.uk).", "Parents could opt out by email (unsubscribe@example.com)."],
    "url-mention": ["Pre-orders were taken on the brand site (www.example.com/christmas).", "The retailer's toy guide (example.co.uk/toys) ranked first in search."],
    "events-calendar": ["Demand spikes again at Easter (April {Y}) and half-term.", "Back-to-school (August–September) is the quietest time for toys."],
    "video-game": ["Pokémon Red and Blue (1996) launched a trading-card boom.", "Minecraft (2011) spawned its own LEGO theme."],
    "book-year": ["The Gruffalo (1999) became a range of plush and puzzles.", "The Very Hungry Caterpillar (1969) still sells in every format."],
    "version-number": ["The app was rebuilt (version 4.2) to meet the Children's Code.", "Its privacy notice (v3, May 2024) was rewritten for children."],
}  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """Fill values only this pool's frames use."""
    return {
        "SET": str(rng.choice([10497, 75313, 42115, 21318, 71043, 60337, 10316, 76417])),
        "SKU": str(rng.randint(100000, 999999)),
        "PR": rng.choice(["£9.99", "£14.99", "£24.99", "£29.99", "£49.99", "£89.99", "£179.99"]),
        "VIEWS": rng.choice(["2 million", "4.5 million", "12 million", "800,000", "30 million"]),
    }
