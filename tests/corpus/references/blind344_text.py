"""The blind344 pool's prose: how marketers at laundry and dry-cleaning chains, laundrettes, laundry-app and pick-up
services, detergent and fabric-care makers, washing-machine brands and textile-rental firms in the UK, the
Netherlands, Italy, India, Japan and South Africa write CIM Level 6 and 7 reports and MBA assignments in English.

Written without reading the checker, its tests or any other pool. Its own fill values: {pc} a percentage's number,
{pr} a price in pounds, {Y3} a recent year, {app} a laundry app, {lbl} an energy-label class, {city} a city where
these firms trade, {kg} a drum size, {ch} a channel, {seg} a segment.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Johnsons Cleaners", "Timpson", "Oxwash", "Laundryheap", "ZIPS", "Washmen", "Circulon", "Unilever", "Persil",
          "Comfort", "Procter & Gamble", "Ariel", "Henkel", "Ecover", "Method", "Smol", "Miele", "Bosch", "Whirlpool",
          "Beko", "Electrolux", "Haier", "Panasonic", "Hitachi", "Lion Corporation", "Kao", "Rinso", "UClean",
          "Dhobilite", "Tumble Dry", "Berendsen", "Elis", "Alsco", "Defy"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """Fill values only this pool's frames use."""
    return {
        "pc": str(rng.randint(4, 86)), "pr": f"{rng.randint(2, 9)}.{rng.choice(['00', '50', '95', '99'])}",
        "Y3": str(rng.randint(2019, 2025)),
        "app": rng.choice(["the Laundryheap app", "the UClean app", "the Oxwash app", "the Johnsons app", "the Washmen app"]),
        "lbl": rng.choice(["A", "B", "C", "D"]), "kg": str(rng.choice([7, 8, 9, 10, 11])),
        "city": rng.choice(["London", "Manchester", "Amsterdam", "Rotterdam", "Milan", "Turin", "Bengaluru", "Mumbai",
                            "Delhi", "Chennai", "Kolkata", "Tokyo", "Osaka", "Johannesburg", "Cape Town", "Durban"]),
        "ch": rng.choice(["Instagram", "TikTok", "WhatsApp", "email", "paid search", "YouTube", "LINE", "Google Maps", "LinkedIn"]),
        "seg": rng.choice(["busy professionals", "students", "young families", "flat-sharers", "hotels and gyms",
                           "older customers", "eco-conscious shoppers"]),
    }  # fmt: skip


NARRATIVE_START = [
    "{N} found that {C}.", "{N} argue that {C}, which is relevant to {B}.", "{N} concluded that {C}.",
    "{N} showed that {C} among {seg} in {city}.", "{N} suggested that {C}; {B}'s own figures point the same way.",
    "{N} noted that {C}, although their sample was small.", "{N} claims that {C}.",
    "{N} identified that {C}, particularly for {A}.", "{N} warned that {C} unless the claims are backed by evidence.",
    "{N} reported that {C} in the Indian market.", "{N} explains that {C} (for example, through {T}).",
    "{N} went further and argued that {C} and that {C2}.", "{N} observed that, since {Y3}, {C}.",
    "{N} questioned whether {C}.", "{N} described refills as a habit rather than a purchase and showed that {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "{O}, {N} found that {C}.", "This is consistent with {N}, who found that {C}.", "{C}, as {N} point out.",
    "According to {N}, {C}.", "{C} – a view shared by {N}.", "Research by {N} suggests {C}.",
    "In a study of households in {city}, {N} found that {C}.", "{B} is a good example: {N} showed that {C}.",
    "As {N} put it, {C}.", "{C}; however, {N} found the opposite for {seg}.", "Data from {N} show that {C}.",
    "Evidence from {N} suggests that, for {A}, {C}.", "{C}, according to {N}.",
    "When {B} launched {app}, it seemed to follow {N}: {C}.", "It could be argued, following {N}, that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study found that {C}.", "Using {N} framework, it is clear that {C}.", "{O}, {N} report concluded that {C}.",
    "{B} could apply {N} model, since {C}.", "According to {N} survey, {C}.", "{N} findings matter here because {C}.",
    "This reflects {N} argument that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "Research shows that {C} {P}.", "For {seg}, {C} {P}.", "This matters because {C} {P}.",
    "{B} is no exception, since {C} {P}.", "It is often claimed that {C} {P:see}.", "Several studies report that {C} {P:e.g.}.",
    "{C}, especially in large cities {P}.", "In short, {C} {P}.", "{C}, which is why {B} invests in {T} {P}.",
    "Recent data confirm this – {C} {P}.", "{C}. {P}", "{C} {P:see also}.", "A key point for {B} is that {C} {P}.",
    "Washing at 30°C cuts energy use per load by around {pc}% {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, but {C2}.", "{C} {P}; {C2}.", "While {C} {P}, {C2}.",
    "Although {C} {P}, it is also true that {C2}.", "{B} has found that {C} {P} – and {C2}.",
    "{C} {P:see}, whereas {C2}.", "Because {C} {P}, {B} should make sure that {C2}.", "Studies {P} agree that {C}.",
    "{O}, {C} {P}, so {C2}.",
]  # fmt: skip
CLAIMS = [
    "refill pouches only win repeat purchase when the refill is cheaper than the bottle",
    "{seg} in {city} value time saved more than price when they choose a laundry app",
    "{A} say they wash at 30°C but many still choose 40°C for towels and bedding",
    "the rescaled energy label confused shoppers who were used to A+++ ratings",
    "plastic-free laundry sheets appeal to {A} but raise doubts about cleaning power",
    "subscription laundry reduces churn when pick-up slots are reliable",
    "{B}'s reliance on {T} leaves it exposed if delivery costs rise",
    "green claims on detergents must be specific and backed by evidence",
    "textile rental lowers a hotel's laundry costs but locks it into long contracts",
    "concentrated detergents cut transport emissions but shoppers think smaller packs are worse value",
    "word of mouth still drives most first orders for local dry cleaners",
    "a {lbl}-rated {kg} kg machine costs less to run over ten years than a cheaper rival",
    "{A} trust independent test results more than brand advertising",
    "the cost-of-living crisis pushed {A} towards own-label detergents",
    "pick-up and delivery services grow fastest where flats have no room for a dryer",
    "in India, ironing and pressing services matter as much to customers as washing",
    "Japanese households wash small loads daily, so short cycles sell machines",
    "load-shedding in South Africa makes customers value machines that resume after a power cut",
    "refill stations in supermarkets struggle to reach shoppers beyond a committed few",
    "loyalty points on {app} raise order frequency among {seg}",
    "{B} could use {ch} to show how its service works step by step",
    "microfibre pollution is becoming a reason for {A} to buy filters and gentler detergents",
]  # fmt: skip
OPENERS = [
    "Furthermore", "In addition", "However", "For example", "In the UK", "For {B}'s marketing team", "In India",
    "In the Netherlands", "In Japan", "In South Africa", "Since the pandemic", "From a customer perspective",
    "Nevertheless", "As a result", "Looking at {B}'s competitors", "Overall", "In terms of digital channels",
]  # fmt: skip
PLAIN = [
    "{B} operates in {city} and plans to open in two more cities next year.",
    "This report analyses {B}'s current digital channels and makes recommendations.",
    "The table below summarises the key performance indicators for each channel.",
    "{B}'s {ch} account has over {n}k followers, but engagement is low.", "{O}, {C}.",
    "Customers book through {app}, choose a pick-up slot and pay by card.",
    "A SWOT and PESTLE analysis of {B} is included in the appendix.",
    "The recommendations are costed and phased over twelve months.",
    "The main competitors are {B} and two smaller local operators.",
    "Task 2 builds on this by proposing a refill launch plan for the next year.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one marketing text puts it, {Q} {P}.", "This is summed up well: {Q} {P}.",
    "{B} appears to accept that {Q} {P}.", "One review concluded that {Q} {P}.", "Marketers are told that {Q} {P}.",
    "{N} put it plainly: {Q}.",
]  # fmt: skip
SCARE_QUOTES = ["‘greenwashing’", "‘laundry as a service’", "‘eco mode’", "‘shrinkflation’", "‘wash less, wash cold’",
                "'quiet quitting'", "‘refill fatigue’", "“convenience economy”", "‘subscription creep’", "'plastic-free'",
                "‘dark stores’", "‘phygital’"]  # fmt: skip
SCARE_FRAMES = [
    "{B} has been accused of {Q} {P}.", "So-called {Q} is a growing concern for {B} {P}.",
    "The term {Q} is used loosely in the industry {P}.", "Critics describe this as {Q}, and {B} is not immune {P}.",
    "Many {seg} are tired of {Q} marketing {P}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Your laundry day, sorted’", "‘Free pick-up this week only’", "“We’ve missed your shirts”",
                 "‘20% off your first wash bag’", "‘Refill day: bring your bottle back’", "‘Your order is on its way’",
                 "‘Switch to 30°C and save’", "“Last chance: winter duvet clean for £{pr}”"]  # fmt: skip
SUBJECT_FRAMES = [
    "A subject line such as {Q} can lift open rates {P}.", "{B} used {Q} in its lapsed-customer email {P}.",
    "Messages like {Q} work because they are short and specific {P}.",
    "The push notification {Q} was opened by more {seg} than any other {P}.",
    "Testing {Q} against a plainer version showed a clear winner {P}.",
]  # fmt: skip

# Text with brackets, years or quotation marks that is no citation: a tutor would expect none of it in the list.
NOT_CITATIONS = {
    "product-launch-year": [
        "Persil was the first self-acting detergent on the market (Persil, 1907).",
        "Biological powders spread across Europe in the late sixties (Ariel, 1967).",
        "Unit-dose capsules changed the category in the US (Tide Pods, 2012).",
        "Sensitive-skin variants followed much later (Persil Non-Bio, 1983).",
        "Hindustan Lever's premium powder built the Indian market (Surf Excel, 1959).",
    ],
    "inventor-year": [
        "The electric washing machine is usually credited to one inventor (Alva Fisher, 1908).",
        "Henkel's story begins with a single chemist in Aachen (Fritz Henkel, 1876).",
        "Sunlight soap was launched by a grocer from Bolton (William Lever, 1885).",
        "The first Miele machine was a butter churn turned washer (Carl Miele and Reinhard Zinkann, 1901).",
    ],
    "founder-narrative-year": [
        "Carl Miele (1899) co-founded the firm with Reinhard Zinkann in Herzebrock.",
        "Like many family firms, the company still tells the story of Fritz Henkel (1876) and his first bleaching soda.",
        "William Hesketh Lever (1885) built Port Sunlight to house his soap workers.",
    ],
    "famous-face-year": [
        "The most remembered laundry advert starred a model in his boxer shorts (Nick Kamen, 1985).",
        "Nick Kamen (1985) stripped to his boxers in a launderette and jeans sales soared.",
        "Lalitaji became the face of thrift for Indian housewives (Kavita Chaudhary, 1980s).",
    ],
    "advert-year": [
        "Jeans sales rose sharply after the launderette advert aired (Levi's Launderette, 1985).",
        "The doorstep challenge became a national catchphrase (Daz doorstep challenge, 1990).",
        "The thrifty housewife became a lasting symbol of value (Lalitaji, 1980s).",
    ],
    "campaign-year": [
        "Unilever's global platform reframed stains as a sign of play (Dirt is Good, 2003).",
        "Lower-temperature washing was pushed hard by the industry (Wash at 30, 2007).",
        "Ariel's Indian campaign asked why laundry is only a woman's job (Share the Load, 2015).",
        "{B} ran its own cold-wash push in {city} (‘Cool Wash Week’, {Y3}).",
    ],
    "label-scheme-year": [
        "Few detergents in the UK carry the European flower (EU Ecolabel, 1992).",
        "Its refills are certified against the Nordic label (Nordic Swan, 1989).",
        "Many Japanese machines carry the government's efficiency mark (Top Runner, 1998).",
    ],
    "energy-label": [
        "The A+++ classes disappeared from washing machines overnight (energy label rescale, 2021).",
        "Most machines on sale in {city} are now rated {lbl} (new EU energy label, March 2021).",
        "India's star ratings for washing machines became mandatory later than for fridges (BEE star label, 2023).",
    ],
    "ban-year": [
        "Rinse-off cosmetics lost their plastic beads first (microbead ban, 2018).",
        "Carrier bags and then single-use plastics were restricted in India (single-use plastic ban, 2022).",
        "Phosphates were removed from household laundry detergents across the EU (phosphate ban, 2013).",
    ],
    "regulation-year": [
        "Detergents sold in the EU must list allergenic fragrances (Detergents Regulation, 2004).",
        "Packaging makers now pay more for plastic that is hard to recycle (Plastic Packaging Tax, 2022).",
        "Classification and labelling rules changed the warnings on capsules (CLP Regulation, 2008).",
        "Extended producer responsibility for packaging was phased in from {Y3} (EPR, UK).",
    ],
    "day-year": [
        "{B} timed its water-saving post for the UN's day of action (World Water Day, 1993).",
        "Refill pop-ups were run in {city} during the week (Plastic Free July, 2011 onwards).",
        "The campaign went live on the day itself (Earth Day, 22 April {Y3}).",
    ],
    "award-year": [
        "The Manchester branch won a national prize (Laundry Awards, 2022).",
        "{B} points to its royal honour on every invoice (Queen's Award, 2016).",
        "Its refill pouch was commended by the packaging industry (Starpack, {Y3}).",
    ],
    "merger-year": [
        "The modern company was formed from a Dutch margarine firm and a British soap maker (Unilever and Lever, 1929).",
        "Henkel bought the maker of Sun and all laundry brands in North America (Henkel and Sun Products, 2016).",
        "The Italian appliance maker changed hands in a cross-border deal (Whirlpool and Indesit, 2014).",
        "The Chinese group bought an American appliance icon (Haier and GE Appliances, 2016).",
    ],
    "takeover-narrative": [
        "The British linen group was bought by its French rival (Berendsen takeover, 2017).",
        "Electrolux sold its professional arm to fund growth (spin-off, 2020).",
        "Kao's European hair and laundry brands were reorganised after the acquisition (Molton Brown deal, 2005).",
    ],
    "first-shop-year": [
        "Britain's self-service laundries began in London (first laundrette, 1949).",
        "The dry-cleaning chain likes to remind customers how long it has been in business (Johnsons Cleaners, 1817).",
        "The key-cutting chain moved into garment care later (first Timpson dry cleaner, 2008).",
        "The start-up opened its first franchise store in Gurugram (first UClean store, 2017).",
    ],
    "founded-year": [
        "The linen-hire firm has served the hospitality sector for generations (est. 1858).",
        "The family firm is still run from {city} (founded 1920).",
        "Oxwash began as a student bike-delivery service (founded in Oxford, 2017).",
    ],
    "trend-year": [
        "Manufacturers rushed to make capsules less appealing to children (Tide Pod challenge, 2018).",
        "Sales of laundry sheets jumped on TikTok (#laundrytok, {Y3}).",
        "Shoppers began to notice smaller packs at the same price (shrinkflation, 2022).",
    ],
    "crisis-year": [
        "Running costs became a selling point almost overnight (energy crisis, 2022).",
        "Laundrettes lost most of their trade for three months (lockdown, 2020).",
        "Cape Town's households cut washing loads during the drought (Day Zero, 2018).",
    ],
    "scare-year": [
        "Synthetic fleeces were blamed for plastic in the sea (microfibre scare, 2016).",
        "Capsule poisonings made the news across Europe (liquitab warnings, 2012).",
        "Fragrance allergies became a talking point on parenting forums (fragrance backlash, 2019).",
    ],
    "film-year": [
        "The laundrette became a symbol of 1980s London (My Beautiful Laundrette, 1985).",
        "Mumbai's washermen appear in an acclaimed film (Dhobi Ghat, 2010).",
        "An industrial laundry became a front for a drug empire (Breaking Bad, 2008).",
    ],
    "series-episode": [
        "A famous sitcom episode turned on a box of foreign washing powder (Friends, 1994).",
        "A whole episode was set in a launderette (EastEnders, 1985).",
        "The sitcom made the dry cleaner's counter a running joke (Seinfeld, 1993).",
    ],
    "price-year": [
        "A self-service wash in {city} now costs about £{pr} a wash (2024).",
        "A suit clean at a high-street chain rose to £{pr}0 (2023 price list).",
        "Per-kilo pricing in Indian cities starts at around ₹{n} per kg ({Y3}).",
    ],
    "count-year": [
        "UK households run about 3.5 billion loads (2022) each year.",
        "The laundrette count has fallen to about 2,000 sites ({Y3}).",
        "Johnson Service Group processes millions of garments each week (HORECA division, 2023 figures).",
    ],
    "figure-year-noun": [
        "The sector recovered strongly after the pandemic (2022 washes).",
        "Order volumes on {app} rose by {pc}% ({Y3} orders).",
        "{B}'s revenue grew to £{n}m ({Y3} results).",
    ],
    "quoted-slogan": [
        "Generations of shoppers remember the line ‘Persil washes whiter’.",
        "Unilever still uses ‘Dirt is good’ as its global laundry platform.",
        "The Indian jingle ‘Washing powder Nirma’ is still sung at weddings.",
        "Ariel's ‘Share the load’ challenged who does the laundry at home.",
    ],
    "quoted-saying": [
        "Many customers grew up with the saying ‘Cleanliness is next to godliness’.",
        "The old advice ‘Don't wash your dirty linen in public’ is ironic for a laundry brand.",
        "Dutch grandmothers still say ‘Wie dan leeft, wie dan zorgt’ when asked about the future.",
    ],
    "tagline-brand": [
        "{B}'s tagline, ‘Clean clothes, zero effort’, appears on every van.",
        "The app's onboarding screen reads ‘Laundry in 24 hours or it's free’.",
        "Its ‘Save water, wash cold’ message runs on {ch}.",
    ],
    "programme-temperature": [
        "Most everyday loads are washed on the short cycle (30°C, 15 minutes).",
        "The eco programme runs for a long time at a low heat (40–60, 3h 28m).",
        "Towels still need a hotter wash (60°C, {Y3} guidance).",
    ],
    "model-number": [
        "The best-selling machine is a {kg} kg front loader (WW90T, 2020 range).",
        "The brand's flagship washer-dryer (WDB 030, 2021) sold out in its first month.",
        "Its top loader (model NA-FA80H9, 2021) is popular in Tokyo flats.",
    ],
    "drum-capacity": [
        "Larger families buy bigger drums ({kg} kg, {lbl} rated).",
        "Compact machines suit city flats (6 kg, 45 cm deep).",
        "Commercial machines in laundrettes hold much more (18 kg, coin-operated).",
    ],
    "star-rating": [
        "The refill pouch scored well with reviewers (4.{q} stars, {n} reviews).",
        "{app} is rated highly on the App Store (4.{q}/5, {Y3}).",
        "Its flagship machine won a top score in lab tests (Best Buy, {pc}%).",
    ],
    "survey-sample": [
        "Most respondents preferred pick-up in the evening (n = {n}).",
        "Half of the focus group had never used a laundrette (n = 8, {city}).",
        "The customer survey ran for two weeks in {Y3} (n = {n}, online).",
    ],
    "figure-table-ref": [
        "The price ladder is shown below (Figure {q}).", "Costs are set out in the budget (Appendix {q}).",
        "The segment profiles are compared in the table (Table {q}; see Section 2.{q}).",
    ],
    "task-ref": [
        "This is discussed further in Task 2 (b).", "See Task 1 (a) above for the competitor analysis.",
        "The Gantt chart (Section 3.{q}) shows the launch in week {q}.",
    ],
    "handle-hashtag": [
        "The chain answers complaints on X (@LaundryHelpUK) within the hour.",
        "The hashtag (#WashAt30) trended for a day in {Y3}.",
        "Customers share their results on Instagram (#laundrytok, #refillrevolution).",
    ],
    "web-address": [
        "Orders are placed through the website (www.example-laundry.co.uk).",
        "Customers can email the team (hello@example-laundry.co.uk) or use WhatsApp (8am–8pm).",
    ],
    "stock-ticker": [
        "Unilever is listed in London and Amsterdam (LSE: ULVR; Euronext: UNA).",
        "The Japanese maker's shares trade in Tokyo (TSE: 4452).",
        "The textile-rental group is a FTSE 250 company (LSE: JSG).",
    ],
    "former-name": [
        "Hindustan Unilever was known by an older name for decades (Hindustan Lever, until 2007).",
        "The rental group traded under a different name before the rebrand (formerly Sunlight Service Group).",
        "Defy began as a small stove maker in Durban (formerly Durban Falkirk Iron Co.).",
    ],
    "translation-gloss": [
        "Indian washermen are called dhobis (from the Hindi ‘dhona’, to wash).",
        "Dutch households call the weekly wash ‘de was’ (literally ‘the wash’).",
        "In Japanese, a coin laundry is ‘koin randorī’ (a loanword from English).",
        "Italians speak of ‘bucato’ (the household wash).",
    ],
    "anniversary": [
        "The family firm celebrated a century of trading with a retro pack (100 years, {Y3}).",
        "Persil's anniversary campaign used archive adverts (Persil 100, 2007).",
        "The chain marked its bicentenary with free shirt cleaning (200 years, 2017).",
    ],
    "currency-conversion": [
        "The per-kilo price in Mumbai is very low by UK standards (₹80, under £1).",
        "A Tokyo coin laundry wash is cheap (¥500, roughly £3).",
        "The premium service costs R350 in Johannesburg (about £15).",
    ],
    "date-range": [
        "Sales fell during the pandemic (2020–2021) but recovered quickly.",
        "The trial ran for one season (March–June {Y3}).",
        "Refill trials were run in {city} stores ({Y}–{Y2}).",
    ],
    "percentage-year": [
        "Only a minority of UK adults wash mostly at 30°C ({pc}% in {Y3}).",
        "App orders now make up a large share of revenue ({pc}%, {Y3}).",
        "Concentrated liquids have grown their share of the market ({pc}% by value, {Y3}).",
    ],
    "abbreviation-gloss": [
        "The Textile Services Association (TSA) represents laundries and rental firms.",
        "Fast-moving consumer goods (FMCG) firms such as {B} spend heavily on TV.",
        "Key performance indicators (KPIs) include cost per acquisition (CPA) and order frequency.",
        "Environmental, social and governance (ESG) targets now shape the pack design.",
    ],
    "standard-code": [
        "Laundries in the rental sector are certified to the hygiene standard (EN 14065:2016).",
        "{B}'s plant runs an environmental management system (ISO 14001:2015).",
        "Washing performance is tested under the European method (IEC 60456:2010).",
    ],
    "sdg-goal": [
        "The plan supports the UN's water goal (SDG 6, 2015).",
        "{B} links its refill scheme to responsible consumption (SDG 12).",
    ],
    "model-framework": [
        "The report uses the marketing mix (7Ps) to structure the recommendations.",
        "Objectives are set using SMART (Specific, Measurable, Achievable, Relevant, Time-bound).",
        "The plan follows SOSTAC (situation, objectives, strategy, tactics, action, control).",
    ],
    "season-event": [
        "Demand for duvet cleaning peaks in spring ({city}, April–May).",
        "Wedding season keeps Indian dry cleaners busy (November–February).",
        "Diwali cleaning drives a spike in orders (October {Y3}).",
    ],
    "monsoon-weather": [
        "Drying clothes is hard in Mumbai during the rains (monsoon, June–September).",
        "The rainy season in Japan boosts sales of indoor-drying detergents (tsuyu, June).",
    ],
    "load-shedding": [
        "Washing schedules in Gauteng follow the power cuts (Stage 6, 2023).",
        "Customers check the app before starting a load (EskomSePush, {Y3}).",
    ],
    "appliance-generation": [
        "The first twin-tub machines reached British homes in the fifties (Hotpoint twin tub, 1950s).",
        "Fully automatic machines only became common in Indian cities later (front loader, 2000s).",
    ],
    "coin-price-japan": [
        "A large drum at a Japanese coin laundry costs more on weekends (¥1,000, 60 minutes).",
        "Many coin laundries in Osaka are open all night (24 hours, unstaffed).",
    ],
    "uniform-contract": [
        "The hotel's linen contract runs for several years (five years, renewable).",
        "Workwear is collected and returned every week (weekly cycle, {n} garments).",
    ],
    "edition-version": [
        "The app was rebuilt from scratch (version 3.0, {Y3}).",
        "The loyalty scheme moved to a new tier structure (Rewards 2.0).",
    ],
}  # fmt: skip
