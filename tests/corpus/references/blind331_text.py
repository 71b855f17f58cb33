"""Prose for the blind331 pool: marketers at garden centres, nurseries and growers, seed and bulb companies, garden-tool
and lawnmower brands, landscapers, flower shows and horticultural charities in the UK, the Netherlands, Belgium,
Germany, Denmark and Canada, writing CIM Level 6 and 7 reports and MBA assignments in English.

Written without reading the checker or any other pool. ``{N}`` is a narrative citation, ``{P}`` a parenthetical one,
``{Q}`` a quotation, ``{C}`` a claim, ``{B}`` a brand, ``{O}`` an opener; ``values`` gives this pool's own fill
values. NOT_CITATIONS holds what these reports bracket or date that no tutor expects in the reference list: plants and
varieties with the year they were bred or introduced, gardeners, designers and breeders, shows, medals and awards,
gardens and parks with their opening years, crazes, pests and crises, products with launch years, takeovers, television
programmes, books and films, prices and figures, slogans and sayings.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Dobbies", "Blue Diamond", "Wyevale", "Notcutts", "Hillier", "Thompson & Morgan", "Suttons", "Mr Fothergill's",
          "Taylors Bulbs", "Keukenhof", "Royal FloraHolland", "Intratuin", "Tuincentrum Osdorp", "Dehner", "Plantorama",
          "Fiskars", "Husqvarna", "Stihl", "Bosch Garden", "Gardena", "Westland Horticulture", "the RHS",
          "the National Garden Scheme", "Canadian Tire", "Haskins", "Klondike", "Bakker Hillegom", "Pots and Pithoes"]  # fmt: skip

_PLANTS = ["peat-free compost", "bedding plants", "houseplants", "spring bulbs", "seed potatoes", "perennials",
           "fruit trees", "patio roses", "Christmas trees", "poinsettias", "herb plugs", "cut tulips"]  # fmt: skip
_CHANNELS = ["the loyalty app", "click-and-collect", "Instagram Reels", "the seed catalogue", "email newsletters",
             "Google Shopping", "TikTok", "the website's plant finder", "Pinterest", "the in-store café"]  # fmt: skip
_SEASONS = ["spring", "the Easter weekend", "the May bank holidays", "the summer heatwave", "autumn bulb season",
            "the Christmas trading period", "Chelsea week", "the first frost-free weekend"]  # fmt: skip
_SEGMENTS = ["first-time gardeners", "retired members", "renters with balconies", "young families", "allotment holders",
             "urban millennials", "trade landscapers", "Club members"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """Fill values only this pool's frames use."""
    return {
        "G": rng.choice(_PLANTS),
        "CH": rng.choice(_CHANNELS),
        "S": rng.choice(_SEASONS),
        "SEG": rng.choice(_SEGMENTS),
        "pc": str(rng.randint(3, 68)),
        "k": str(rng.randint(12, 480)),
        "YR": str(rng.randint(2015, 2024)),
        "pr": rng.choice(["3.99", "4.99", "6.50", "8.99", "12.99", "24.99"]),
    }


NARRATIVE_START = [
    "{N} found that {C}.", "{N} argue that {C}, which is highly relevant to {B}.", "{N} showed that {C}.",
    "{N} suggests that {C}, particularly during {S}.", "{N} concluded that {C}.",
    "{N} reported that {C}; {B}'s own till data points the same way.", "{N} identified that {C} among {SEG}.",
    "{N} notes that {C}.", "{N} questioned whether {C}.", "{N} highlight that {C} for sales of {G}.",
    "{N} makes the case that {C} and that {C2}.", "{N} observed that {C}, although the sample was small.",
]  # fmt: skip
NARRATIVE_MID = [
    "According to {N}, {C}.", "{O}, {N} found that {C}.", "As {N} point out, {C}.",
    "{C}, as {N} demonstrated.", "This is in line with {N}, who argue that {C}.",
    "For {B}, the lesson from {N} is that {C}.", "Research by {N} shows that {C}.",
    "{O}, the work of {N} suggests that {C}.", "In the garden-retail context, {N} found that {C}.",
    "Applying the model of {N} to {B}, {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study found that {C}.", "{O}, {N} findings suggest that {C}.", "{N} framework helps explain why {C}.",
    "{N} survey of {SEG} showed that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "There is strong evidence that {C} {P}.", "It is widely argued that {C} {P}.",
    "Sales of {G} rose by {pc}% during {S}, and {C} {P}.", "For garden centres such as {B}, {C} {P}.",
    "{C} {P:see, for example,}.",
    "Peat-free ranges are now standard, and {C} {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, although {C2}.", "{C} {P}; even so, {C2}.", "{O}, {C} {P}, while {C2}.",
    "{C} {P}, which means {C2}.",
]  # fmt: skip
CLAIMS = [
    "{B} could use {CH} to win back {SEG}", "loyalty schemes raise visit frequency more than basket size",
    "footfall in garden centres depends heavily on the weather", "{SEG} buy {G} on impulse rather than by plan",
    "peat-free labelling builds trust only when it is backed by results", "{CH} drives more repeat visits than paid search",
    "online plant sales grew fastest among {SEG}", "garden centres rely on {S} for a large share of annual turnover",
    "shoppers pay more for {G} with clear provenance", "flower shows shape what visitors buy for the rest of the season",
    "sustainability claims on {G} are often met with scepticism", "{B} relies on {CH} more than its rivals do",
    "cafés and restaurants keep garden centres busy out of season", "gardening is linked with wellbeing among {SEG}",
    "battery tools have overtaken petrol tools in domestic sales", "growers lose margin when auction prices fall",
]  # fmt: skip
OPENERS = ["However", "In practice", "For {B}", "Similarly", "By contrast", "In the case of {B}", "More recently",
           "Even so", "During {S}", "At the same time", "In the Dutch market", "For Canadian retailers"]  # fmt: skip
PLAIN = [
    "{B} sells through its stores, its website and {CH}.",
    "The campaign ran for six weeks across {CH} and in-store signage.",
    "{B} introduced a peat-free range of {G} in {YR}.",
    "Club members receive a £5 voucher for every £{k} spent.",
    "{O}, {C}.",
    "Visitor numbers are highest during {S}.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one text puts it, {Q} {P}.", "{N} argue that {Q}.", "{O}, {Q} {P}.",
    "The point is made plainly: {Q} {P}.", "{N} put it this way: {Q}.", "{Q} {P}, and {B} has yet to act on it.",
]  # fmt: skip
SCARE_QUOTES = ["‘plant-mad’", "‘grow your own’", "‘destination garden centre’", "‘peat-free by default’",
                "‘plant parent’", "‘the big spring weekend’", "‘garden as an outdoor room’", "‘wildlife-friendly’"]  # fmt: skip
SCARE_FRAMES = [
    "Garden centres increasingly present themselves as a {Q} day out {P}.",
    "{B} now markets its range as {Q} {P}.",
    "The rise of the {Q} shopper is well documented {P}.",
    "{N} describe the trend as {Q}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Your spring planting checklist is here’", "‘Bulbs for {YR}: order before they go’",
                 "“Double points on {G} this weekend”", "‘Your Club voucher expires on Sunday’",
                 "‘Frost tonight? Protect your {G}’"]  # fmt: skip
SUBJECT_FRAMES = [
    "The email headed {Q} had the highest open rate of the season {P}.",
    "{B} sent {Q} to lapsed Club members {P}.",
    "Subject lines such as {Q} create urgency {P}.",
    "{N} cite {Q} as a model of seasonal timing.",
]  # fmt: skip

NOT_CITATIONS: dict[str, list[str]] = {
    # plants and varieties with the year they were bred, found or introduced
    "variety-year": ["Black tulips still sell out every autumn (Tulipa 'Queen of Night', 1944).",
                     "{B}'s rose promotion led with a classic (Rosa 'Peace', 1945).",
                     "Bestsellers include old favourites such as Hosta 'Sum and Substance' (1980)."],
    "hedge-tree-year": ["Fast hedging still dominates new-build gardens (Leylandii, 1888).",
                        "Cooking apples remain a niche line (Bramley, 1809), mostly sold as bare-root trees.",
                        "The conifer was first raised in Wales (Leylandii, 1888) and is now widely disliked."],
    "cultivar-award": ["Only plants with the Award of Garden Merit (AGM, {YR}) are shown on the end bays.",
                       "The label carries the logo of the RHS Award of Garden Merit (AGM {YR})."],
    # gardeners, designers and breeders who are not authors of anything in the list
    "gardener-year": ["The border style echoes the Arts and Crafts gardens (Gertrude Jekyll, 1899).",
                      "Landscape parks were reshaped by one man (Capability Brown, 1751) and still draw visitors.",
                      "Celebrity endorsement has a long history in gardening (Monty Don, 2003)."],
    "designer-year": ["The prairie planting at the show garden was designed by Piet Oudolf (2009) and widely copied.",
                      "Visitors came to see the naturalistic garden laid out by Dan Pearson (2015).",
                      "The new courtyard, designed by Dan Pearson (2015), is used in {B}'s advertising."],
    "presenter-year": ["Television made gardening mainstream (Alan Titchmarsh, 1996).",
                       "Sales of {G} jumped after a presenter recommended them (Monty Don, 2003)."],
    "breeder-year": ["The red tulip was bred in the Netherlands (Darwin hybrid 'Apeldoorn', 1951) and is still grown near Lisse.",
                     "David Austin's English roses (1961) remain a premium line for {B}."],
    # shows, medals and awards
    "show-year": ["{B} has exhibited every year since the show began (Chelsea Flower Show, 1913).",
                  "The Dutch world horticultural expo draws millions (Floriade, 2022).",
                  "Tulip tourism peaks in April (Keukenhof, 1950)."],
    "medal-year": ["The stand won the top award (RHS Gold Medal, {YR}).",
                   "{B} features its medal in every advert (RHS Gold Medal, 2022)."],
    "best-in-show": ["The garden was the judges' favourite (Best in Show, 2023).",
                     "{B}'s sponsored garden won the highest honour at the show (Best in Show, {YR})."],
    "industry-award": ["The store was named best in the UK (Garden Centre of the Year, {YR}).",
                       "{B} was a finalist in the industry's awards (Garden Retail Awards, {YR})."],
    "show-dates": ["Tickets for the show sold out in hours (RHS Hampton Court, {d}–{q} July {YR}).",
                   "The trade fair is held every January (IPM Essen, {YR})."],
    # gardens and parks with their opening years
    "garden-opened": ["Botanical tourism is not new (Kew Gardens, 1840).",
                      "Cornwall's biomes revived interest in plants (Eden Project, 2001).",
                      "The garden was created by Vita Sackville-West (Sissinghurst, 1930)."],
    "park-opened": ["Elevated parks inspired a wave of urban greening (High Line, 2009).",
                    "Public parks with planted meadows drew families back into cities (Queen Elizabeth Olympic Park, 2012)."],
    "estate-founded": ["The nursery has traded from the same site since its founding (Hillier, 1864).",
                       "{B} traces its roots to a small seed shop (Suttons, 1806)."],
    # crazes, pests and crises
    "craze-year": ["Speculation in bulbs is a familiar story (tulip mania, 1637).",
                   "Price bubbles in the plant trade are nothing new (tulip mania, 1636–37)."],
    "pest-year": ["Ash trees were removed from sale (ash dieback, 2012).",
                  "Box hedging has fallen out of favour (box tree moth, 2007).",
                  "Growers now test imports for a bacterium (Xylella, 2013)."],
    "water-ban": ["Sales of watering cans rose after the restrictions (hosepipe ban, 2022).",
                  "{B} launched its drought-tolerant range in the same week (hosepipe ban, {YR})."],
    "peat-policy": ["Retail sales of peat compost are due to end (peat ban, 2024).",
                    "Growers asked for more time to adapt (peat ban, 2026 for professional growers)."],
    "lockdown-year": ["Garden centres were allowed to reopen early (lockdown, May 2020).",
                      "Seed sales sold out in days (first lockdown, 2020)."],
    "weather-year": ["The wet spring hit bedding-plant sales hard (the wettest March since 1981).",
                     "The heatwave cut footfall in July (40°C, {YR})."],
    "frost-date": ["Tender plants should not go out before the last frost (mid-May, {YR}).",
                   "Dutch growers call the last frost days the IJsheiligen (11–15 May)."],
    # products with launch years
    "product-launch": ["The hover mower changed lawn care (Flymo, 1964).",
                       "Growing bags made tomatoes easy on a patio (Gro-bag, 1973).",
                       "Soluble feed became a household name (Miracle-Gro, 1951)."],
    "mower-year": ["Motor mowers for the home arrived between the wars (Atco mower, 1921).",
                   "Robotic mowing began with one model (Automower, 1995)."],
    "tool-launch": ["Fiskars' orange-handled scissors are instantly recognisable (O-Series, 1967).",
                    "The click system made hose fittings universal (Gardena Original System, 1968)."],
    "range-launch": ["{B} relaunched its compost in new packaging ({YR} range).",
                     "The peat-free line was extended to {G} (spring {YR} range)."],
    # mergers and takeovers
    "merger-year": ["The sector consolidated quickly (Dobbies and Wyevale, 2018).",
                    "Garden tools and watering moved under one owner (Husqvarna and Gardena, 2007)."],
    "takeover-year": ["The chain changed hands twice in a decade (Wyevale sold to Blue Diamond, 2018).",
                      "Private equity bought into the sector (Terra Firma acquisition, 2012)."],
    "store-opening": ["{B}'s flagship store opened with a café and play area (Osdorp, {YR}).",
                      "The new site created {k} jobs (opened March {YR})."],
    # television, films and books
    "tv-year": ["Television gardening has a long tradition (Gardeners' World, 1968).",
                "Makeover shows made decking fashionable (Ground Force, 1997)."],
    "book-title-year": ["Children's interest in gardens is often traced to a novel (The Secret Garden, 1911).",
                        "Many nurseries still stock the plants named in a classic novel (The Secret Garden, 1911)."],
    "film-year": ["A comedy set in a prison garden reached the Chelsea show (Greenfingers, 2000).",
                  "Garden films rarely reach the mainstream (Greenfingers, 2000)."],
    "series-episode": ["The programme featured {B}'s roses (Gardeners' World, episode {q}, {YR}).",
                       "Sales rose after the broadcast (BBC Two, Friday {d} May {YR})."],
    # prices, figures and numbers
    "price-year": ["Perennials sold at £{pr} a pot ({YR}).", "The entry price for bedding was £4.99 a pot (2023)."],
    "gardener-count": ["There were 27 million gardeners in the UK (2022).",
                       "Around {pc}% of adults gardened at least once a month ({YR})."],
    "year-sales": ["Houseplants made up {pc}% of revenue (2022 sales).", "The café outperformed the plant area ({YR} sales)."],
    "footfall-figure": ["Footfall rose by {pc}% on the bank holiday (week {q}, {YR}).",
                        "Visits peaked at {k} thousand a week (April {YR})."],
    "euro-price": ["Dutch shoppers paid €{pr} a bunch ({YR}).", "Prices at the clock auction fell sharply (€0.{q}9 a stem, {YR})."],
    "dkk-cad-price": ["Plantorama sells geraniums at DKK {k} for ten ({YR}).",
                      "Canadian Tire priced its mower at CA${k}9.99 (spring {YR})."],
    "sample-size": ["Most respondents shopped at a garden centre monthly (n = {k}).",
                    "The survey of {SEG} was small (n = {k}, {YR})."],
    "figure-table": ["Seasonal footfall is shown below (Figure {q}).", "The segments are compared in the appendix (Table {q})."],
    "quarter-year": ["Online plant sales grew fastest in the spring quarter (Q{q} {YR}).",
                     "Trading was weak over winter (Q{q} {YR}), as expected."],
    "financial-year": ["Revenue was £{k}m in the last full year (FY{YR}).", "The group's results were restated (2023/24 results)."],
    # sayings, slogans and campaign names
    "saying": ["The old rule still guides plant choice: 'Right plant, right place'.",
               "Staff are trained to repeat the same advice: “Right plant, right place”."],
    "slogan": ["The seed campaign's tagline was ‘Sow, grow, enjoy’.", "{B}'s spring campaign ran under the line 'Sow, grow, enjoy'."],
    "campaign-name": ["The HTA's industry campaign (National Gardening Week, {YR}) increased awareness.",
                      "Charities promote meadows each spring (No Mow May, {YR})."],
    # schemes, standards and labels
    "standard-year": ["Compost sold in the Netherlands often carries a quality mark (RHP quality mark, {YR}).",
                      "Growers in the scheme are certified (MPS-ABC certified, {YR})."],
    "plant-passport": ["Every tray carries a plant passport (GB-{k}{q}).",
                       "Trays are labelled with the grower's registration number (NL-{k}{q}{q}, {YR})."],
    "loyalty-scheme": ["{B}'s Club has grown steadily ({k}k members, {YR}).",
                       "The loyalty card was relaunched as an app (Club Dobbies, {YR})."],
    "postcode-address": ["The show garden is open to the public (Kentford, CB8 7QB).",
                         "Click-and-collect orders are picked at the hub (Bleiswijk, 2665 NZ)."],
    "hardiness-zone": ["The shrub is fully hardy in Canada's warmer areas (Zone {q}b).",
                       "Labels show the RHS hardiness rating (H{q}, down to –{q}0°C)."],
    "latin-authority": ["The species was described long ago (Lavandula angustifolia Mill., 1768).",
                        "Its botanical name keeps the author abbreviation (Digitalis purpurea L., 1753)."],
}  # fmt: skip
