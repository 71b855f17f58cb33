"""The blind277 pool's prose: marketers at laundries, dry cleaners, laundry apps, textile-care and laundry-product
brands and launderette chains in the UK, Ireland, the Netherlands and Belgium writing CIM Level 6 and 7 reports and
MBA assignments in English on small-business, subscription, franchise, B2B and sustainability marketing. Written
without reading the checker, its tests or the other pools.

Placeholders as in text.py: {N} narrative citation, {P} parenthetical one, {C} claim, {B} brand, {O} opener, {Q}
a quotation; the fill values of ``values`` ({svc}, {city}, {pc}, {kg}...) are used directly. NOT_CITATIONS holds
brackets, years, figures, standards and quotations that are no citation.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Johnson Cleaners", "Timpson", "Laundrapp", "Oxwash", "ZIPS", "Laundryheap", "Revolution Laundry", "Circuit",
          "Jeeves of Belgravia", "Persil", "Ariel", "Surcare", "Dr. Beckmann", "Miele Professional",
          "Electrolux Professional", "Speed Queen", "Christeyns", "Lenor", "Comfort", "Bold", "Fairy Non Bio",
          "McCaw's Dry Cleaners", "Washington Laundry", "the Wasserette"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """Fill values only this pool's frames use, drawn from the builder's random source after the common ones."""
    return {
        "svc": rng.choice(["shirt service", "duvet cleaning", "wash and fold", "dry cleaning", "alterations",
                           "commercial linen", "wedding dress cleaning", "self-service washing"]),
        "city": rng.choice(["London", "Dublin", "Amsterdam", "Rotterdam", "Brussels", "Antwerp", "Manchester",
                            "Cork", "Utrecht", "Ghent", "Leeds", "Galway"]),
        "pc": rng.choice(["SW1", "E14", "N1", "M20", "D02", "D6W", "BS8", "LS6", "EH3", "1017", "3011"]),
        "kg": rng.choice(["7", "8", "9", "10", "11", "14", "18", "24"]),
        "pr": rng.choice(["2.50", "2.95", "3.20", "3.75", "1.99", "4.50"]),
        "ch": rng.choice(["Instagram", "TikTok", "Google Business Profile", "email", "the app", "LinkedIn",
                          "leaflet drops", "Nextdoor"]),
        "seg": rng.choice(["busy professionals", "students", "hotels and Airbnb hosts", "care homes", "gyms",
                           "young families", "restaurants", "older customers"]),
        "Y3": str(rng.randint(2014, 2025)),
        "mo": rng.choice(["January", "March", "May", "June", "September", "October", "November"]),
    }  # fmt: skip


NARRATIVE_START = [
    "{N} argued that {C}.", "{N} found that {C}, which is highly relevant to {B}.", "{N} concluded that {C}.",
    "{N} suggested that {C}, particularly for {seg}.", "{N} showed that {C} in the Dutch and Belgian markets.",
    "{N} highlighted that {C}.", "{N} noted that {C}; {B}'s own order data point the same way.",
    "{N} identified that {C} when customers switch to a subscription.", "{N} warned that {C}.",
    "{N} explain that {C}.", "{N} reported that {C} among {seg} in {city}.", "{N} recommend that {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "{O}, {N} argued that {C}.", "This is consistent with {N}, who found that {C}.", "As {N} point out, {C}.",
    "{C}, as {N} showed in their study of {svc}.", "According to {N}, {C}.", "Research by {N} suggests that {C}.",
    "{B} is a good example: {N} found that {C}.", "{C} – a view shared by {N}.", "Data from {N} show that {C}.",
    "In their work on franchised services, {N} found that {C}.", "It could be argued, following {N}, that {C}.",
    "For a small launderette in {city}, the lesson from {N} is that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} research shows that {C}.", "Using {N} framework, it is clear that {C}.", "{N} findings suggest that {C}.",
    "{O}, {N} report concluded that {C}.", "{B} could apply {N} model, since {C}.",
    "This reflects {N} argument that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "Research shows that {C} {P}.", "For {seg}, {C} {P}.",
    "This matters for {B} because {C} {P}.", "{C}, especially for {svc} {P}.", "It is often argued that {C} {P:see}.",
    "Several studies report that {C} {P:e.g.}.", "{C} {P:see also}.", "In short, {C} {P}.", "{C}. {P}",
    "Across the UK, Ireland and the Benelux, {C} {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, but {C2}.", "{C} {P}; {C2}.", "While {C} {P}, {C2}.",
    "Although {C} {P}, it is also true that {C2}.", "Studies {P} agree that {C}.", "{O}, {C} {P}, so {C2}.",
]  # fmt: skip
CLAIMS = [
    "{seg} value convenience over price when they book {svc}", "subscriptions smooth demand for laundries through the week",
    "perceived hygiene drives trust in on-demand laundry apps", "franchisees adopt central marketing unevenly",
    "customers rarely notice a dry cleaner's green claims unless they are explained at the counter",
    "wet cleaning can match solvent cleaning on most garments", "service failures hurt loyalty more than price rises",
    "B2B linen contracts depend on reliability more than on brand", "online reviews shape the choice of a local dry cleaner",
    "eco-labelled detergents sell better when the claim is specific", "{B} could use {ch} to reach {seg} more cheaply",
    "collection and delivery windows matter more than the headline price", "small service firms underinvest in CRM",
    "laundry is a low-involvement purchase for most households", "{T} raises {R} among {seg}",
    "price transparency reduces complaints in textile care", "consumers wash at lower temperatures when told it saves money",
    "microfibre shedding is now part of how consumers judge laundry products",
]  # fmt: skip
OPENERS = [
    "Furthermore", "In addition", "However", "For {B}", "In the Netherlands", "For a franchised dry cleaner",
    "Since the pandemic", "From a sustainability perspective", "In the B2B market", "Nevertheless", "As a result",
    "For {seg}", "In Ireland",
]  # fmt: skip
PLAIN = [
    "{B} operates in a fragmented market of small independent dry cleaners.", "{O}, {C}.",
    "The recommendations are costed and phased over twelve months.", "A SWOT analysis of {B} is given in the appendix.",
    "{B} offers {svc} through its stores, its website and {ch}.",
    "The main competitors are {B}, two app-based services and many independent launderettes.",
    "Task 2 builds on this with a franchise marketing plan for {city}.",
    "Customers can drop off in store or book a collection online.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one study puts it, {Q} {P}.", "{O}, it has been argued that {Q} {P}.",
    "This is summed up neatly: {Q} {P}.", "{Q} {P}; {B} would do well to remember this.",
]  # fmt: skip
SCARE_QUOTES = ["‘laundry as a service’", "‘green cleaning’", "‘wash-and-fold’", "‘dry-clean only’",
                "‘eco’", "‘hassle-free’", "‘ultra-fresh’", "‘premium convenience’"]  # fmt: skip
SCARE_FRAMES = [
    "Brands now talk of {Q} laundry {P}.", "{B} calls its approach {Q} {P}.",
    "Many firms describe this as {Q} {P}.", "The idea of {Q} service is now common {P}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Your shirts, collected tomorrow’", "‘20% off your first wash and fold’",
                 "“We’ll pick it up, you put your feet up”", "‘Duvet season is here: book now’"]  # fmt: skip
SUBJECT_FRAMES = [
    "The subject line {Q} lifted open rates {P}.", "{B} sent the email {Q} to lapsed customers {P}.",
    "An email headed {Q} performed best {P}.",
]  # fmt: skip

# Text with brackets, years, figures or quotation marks that is no citation: a tutor would not expect any of it in
# the reference list.
NOT_CITATIONS = {
    "wash-temperature": ["Most garments now wash well at low temperatures (30°C).", "The care label asks for a gentle wash (40°C, 800 rpm).",
                         "{B}'s campaign urged shoppers to turn it down (30°C for most loads)."],
    "eco-programme": ["New machines default to the eco programme (eco 40-60, 2019 EU label).",
                      "The eco cycle (40-60, since 2021) takes over three hours."],
    "detergent-launch": ["Persil's first non-biological powder (Persil Non Bio, 1968) is still its best seller.",
                         "Unit-dose capsules arrived in the UK later (Ariel pods, 2012).", "Fairy Non Bio (launched 2013 in pods) targets parents."],
    "formulation-year": ["The formula was reworked to cut plastic (new bottle, {Y3}).", "{B} removed optical brighteners (reformulated {Y3})."],
    "energy-label": ["All new washers carry the rescaled label (EU energy label, March 2021).", "The machine is rated A (2021 scale) rather than A+++."],
    "ecodesign": ["Spare parts must now be available for ten years (ecodesign rules, 2021).", "Manufacturers had to comply (Ecodesign Regulation 2019/2023)."],
    "solvent": ["Most UK dry cleaners still use perchloroethylene (perc).", "{B} switched solvent (from perc to hydrocarbon, {Y3})."],
    "wet-cleaning": ["The shop moved to professional wet cleaning (water-based, no solvent).", "Wet cleaning (introduced in the Netherlands in the 1990s) is now common."],
    "greenearth": ["Some franchises use a silicone solvent (GreenEarth, siloxane D5).", "The GreenEarth process (licensed since 1999) is marketed as odour-free."],
    "machine-capacity": ["The launderette has large machines (18kg and 24kg) for duvets.", "A family wash fits a standard drum (8kg).",
                         "{B}'s new machines (Electrolux Line 6000, {kg}kg) cut wash times."],
    "machine-model": ["The store runs commercial washers (Speed Queen SC{kg}, 2022 range).", "Miele's smallest professional machine (PWM 507) suits salons."],
    "app-version": ["Live driver tracking came with the update (app version 4.2, {mo} {Y3}).", "Tipping was added later (v3.1, {Y3})."],
    "app-launch": ["The app went live in {city} first (launched {mo} {Y3}).", "Laundrapp started in London (launched 2014)."],
    "price-per-shirt": ["Shirts are priced to compete (£{pr} per shirt).", "Business customers pay less (£{pr}/shirt on account)."],
    "price-per-kg": ["Wash and fold is charged by weight (€{pr} per kg).", "The service wash costs £{pr}/kg (minimum 6kg)."],
    "subscription-tier": ["Most members choose the middle plan (Plus, £29.99 a month).", "The entry tier (Essentials, 15 items) suits students.",
                          "{B}'s family plan (Premium: 4 bags a month) is its most profitable."],
    "delivery-slot": ["Collections run in one-hour windows (7–8am or 8–9pm).", "Same-day return is offered in some areas (order by 10am)."],
    "postcode": ["The pilot covers central London postcodes ({pc}, SW3 and W8).", "Deliveries started in south Dublin (D04 and D06W).",
                 "Amsterdam customers are served from one hub (postcode 1017)."],
    "care-symbol": ["The label shows a circle with a P (dry clean in perchloroethylene).", "A crossed-out tub means hand wash only (ISO 3758 symbol)."],
    "stain": ["Red wine needs treating fast (within 24 hours).", "Grass and blood are protein stains (treat cold, never hot)."],
    "iso-standard": ["The plant is certified for textile hygiene (EN 14065:2016).", "Its RABC system follows the standard (EN 14065:2016, clause 4).",
                     "{B} holds the environmental standard (ISO 14001:2015)."],
    "quality-standard": ["Quality processes follow the standard (ISO 9001:2015).", "Workwear is tested to the norm (EN ISO 15797:2018)."],
    "microplastic-filter": ["Filters are fitted to new machines in France (from January 2025).", "{B} sells a retrofit filter (the PlanetCare filter, launched 2020)."],
    "french-rule": ["France was first to require filters (AGEC law, 2020).", "The French rule (Article L. 541-10-13, 2025) applies to new washing machines."],
    "store-count": ["Johnson Cleaners trades from a large estate (over 200 branches).", "{B} ran {n} sites at its peak ({Y3})."],
    "store-opening": ["A flagship opened in {city} (opened {mo} {Y3}).", "The first Dutch launderette of the chain ({city}, {Y3}) was franchised."],
    "award": ["The shop was named best independent (LCN Awards 2023).", "{B} was shortlisted twice (Dry Cleaner of the Year, {Y3})."],
    "trustpilot": ["Reviews are strong ({q}.{q} stars on Trustpilot).", "Customers rate it highly (Trustpilot: Excellent, {n} reviews)."],
    "google-rating": ["The branch has a high local rating (4.8 on Google, {n} reviews).", "Ratings dipped after the move (3.9/5, {Y3})."],
    "financial-year": ["Revenue recovered after the pandemic (FY{Y3}).", "Linen volumes rose again (year to 31 December {Y3})."],
    "half-year": ["Workwear revenue grew steadily (H1 {Y3}).", "Margins narrowed (half-year to 30 June {Y3})."],
    "ticker": ["Johnson Service Group is listed in London (LSE: JSG).", "Unilever's shares trade in two places (LSE: ULVR; NYSE: UL).",
               "Electrolux Professional is listed in Stockholm (Nasdaq Stockholm: EPRO B)."],
    "strapline": ["Persil's long-running line (‘Dirt is good’) positions stains as part of childhood.",
                  "Ariel's message is simple (‘Cleaner clothes at 30°C’).", "{B}'s window sticker reads ‘We collect, we clean, we deliver’."],
    "revenue-figure": ["The group is the UK market leader in textile services (£{n}m, {Y3} revenue).", "The app grew fast ({Y3} sales: €{n}k)."],
    "market-share": ["Persil is the brand leader in the UK ({q}{q}% value share).", "Own label has gained ground (up {q} points in {Y3})."],
    "vat-rate": ["Dry cleaning is standard-rated (VAT at 20%).", "Belgian customers pay more (BTW/TVA 21%)."],
    "legislation-named": ["Emissions from dry cleaners are controlled under the Environmental Protection Act 1990.",
                          "Solvent use is limited by the Solvent Emissions (England and Wales) Regulations 2004."],
    "permit": ["Each site holds a permit (Part B, solvent emission activity).", "Small machines fall below the threshold (under 5 tonnes of solvent a year)."],
    "covid-closure": ["Launderettes stayed open as essential services (March 2020).", "Dry cleaning demand fell sharply (lockdowns of 2020–21)."],
    "franchise-fee": ["Franchisees pay a joining fee (£{n}k plus VAT).", "The royalty is modest ({q}% of turnover, monthly)."],
    "opening-hours": ["Revolution Laundry kiosks never close (24/7, card only).", "The counter is staffed at peak times (Mon–Sat, 8am–6pm)."],
    "promo-code": ["New customers get a discount (code FRESH20).", "The referral offer (give £10, get £10) ran all autumn."],
    "energy-use": ["A cycle at 20°C uses far less energy (around 0.3 kWh).", "The tumble dryer is the biggest user (heat pump, 2.1 kWh a load)."],
    "water-use": ["Newer machines use less water (about 45 litres a wash).", "The tunnel washer recycles rinse water (4 litres/kg)."],
    "sample-size": ["Most respondents preferred collection at home (n = {n}).", "The survey of launderette users (n={n}, {city}) ran for a month."],
    "figure-table": ["Weekly volumes are shown below (Figure {q}).", "Costs are set out in the budget (Appendix {q}, Table {q})."],
    "hashtag-handle": ["The campaign used its own hashtag (#WashWiser).", "Complaints are handled on X (@JohnsonCleaners) during office hours."],
    "website": ["Bookings are made online (www.example-laundry.co.uk).", "Franchise enquiries go to the head office (franchise@example-laundry.nl)."],
    "b-corp": ["Oxwash became a certified B Corp (score 90.5, 2022).", "{B} reports its emissions each year (Scope 1 and 2)."],
}  # fmt: skip
