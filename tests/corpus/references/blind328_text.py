"""The blind328 pool's prose: marketers at eyewear brands and frame makers, optician chains and independent
opticians, contact-lens and lens makers, online glasses retailers and eye-health charities in Italy, France, the UK,
Ireland, Denmark, Japan and the United States writing CIM Level 6 and 7 reports and MBA assignments in English.

Written without reading the checker, its tests or any other pool. ``{N}`` is a narrative citation, ``{P}`` a
parenthetical one ("{P:see}" writes "(see X, 2020)"), ``{Q}`` a quotation, ``{C}`` a claim, ``{B}`` a brand, ``{O}`` an
opener; the other placeholders are fill values, this pool's own from ``values``. NOT_CITATIONS holds frames, models,
lenses, founders, designers, films, laws, standards, campaigns, inventions, fairs, awards, prices and figures with
years: text that looks like a citation and is none.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["EssilorLuxottica", "Ray-Ban", "Oakley", "Persol", "Safilo", "Marcolin", "Kering Eyewear", "De Rigo",
          "Lindberg", "Ørgreen", "Cutler and Gross", "Oliver Peoples", "Moscot", "Warby Parker", "Specsavers",
          "Vision Express", "Boots Opticians", "Optical Express", "Krys", "Afflelou", "Jins", "Zoff", "Owndays",
          "Bausch + Lomb", "CooperVision", "Hoya", "Zeiss", "Mister Spex", "Rodenstock", "Transitions",
          "Glasses Direct", "Tom Davies", "Silhouette", "Polaroid Eyewear", "Carrera", "Acuvue", "Essilor",
          "Sunglass Hut", "LensCrafters", "Salmoiraghi & Viganò", "Grand Optical", "Optic 2000", "Synoptik"]  # fmt: skip

_PRODUCTS = ["progressive lenses", "daily disposable contact lenses", "acetate frames", "titanium frames",
             "prescription sunglasses", "myopia-control lenses", "blue-light filters", "reading glasses",
             "smart glasses", "monthly lenses", "photochromic lenses", "children's frames", "rimless frames"]  # fmt: skip
_CHANNELS = ["its app", "virtual try-on", "home try-on", "Instagram", "TikTok", "in-store styling",
             "online eye-test booking", "email recalls", "a lens subscription", "click-and-collect", "WhatsApp"]  # fmt: skip
_CITIES = ["Milan", "Belluno", "Paris", "Lyon", "London", "Dublin", "Cork", "Copenhagen", "Aarhus", "Tokyo", "Osaka",
           "Sabae", "New York", "Guernsey", "Manchester", "Glasgow", "Agordo"]  # fmt: skip
_SEGMENTS = ["presbyopes", "parents of short-sighted children", "contact lens wearers", "Gen Z shoppers",
             "luxury buyers", "first-time wearers", "price-conscious families", "sports wearers", "office workers"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """Fill values only this pool's frames use."""
    return {
        "EW": rng.choice(_PRODUCTS), "CH": rng.choice(_CHANNELS), "CITY": rng.choice(_CITIES),
        "SEG": rng.choice(_SEGMENTS), "PCT": str(rng.randint(8, 74)), "PRICE": str(rng.choice([25, 39, 49, 69, 95, 99, 129, 150, 195, 250, 395])),
        "STORES": str(rng.randint(12, 2400)),
    }  # fmt: skip


NARRATIVE_START = [
    "{N} argue that {C}.", "{N} found that {C}, although the sample was drawn from one chain.",
    "{N} concluded that {C}.", "{N} showed that {C}, which matters for {B}.", "{N} suggests that {C}.",
    "{N} observed that {C} among {SEG}.", "{N} noted that {C}; this is visible in {B}'s recent results.",
    "{N} reported that {C} in the {CITY} market.", "{N} makes the point that {C}.",
    "{N} warned that {C} unless opticians invest in {CH}.", "{N} question whether {C}.",
    "{N} stresses that {C}, particularly for {EW}.", "{N} went further and argued that {C} and that {C2}.",
    "{N} describe how {C}.", "{N} found, in a survey of {n} wearers, that {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "As {N} explain, {C}.", "{O}, {N} found that {C}.", "This is consistent with {N}, who found that {C}.",
    "{C}, as {N} point out.", "{B} could learn from {N}, who show that {C}.", "According to {N}, {C}.",
    "Research by {N} suggests that {C}.", "{C} – a view shared by {N}.", "A study of {SEG} by {N} found that {C}.",
    "In the case of {B}, the evidence from {N} is that {C}.", "{C}; however, {N} found the opposite for {EW}.",
    "Data from {N} show that {C}.", "Unlike {B}, the independents studied by {N} found that {C}.",
    "{C}, according to {N}.", "It could be argued, following {N}, that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study of optical retail found that {C}.", "Using {N} framework, it is clear that {C}.",
    "{O}, {N} survey showed that {C}.", "{B} could apply {N} model, since {C}.",
    "{N} findings matter here because {C}.", "{N} review of {EW} concluded that {C}.",
    "According to {N} report, {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "There is evidence that {C} {P}.", "It is widely accepted that {C} {P}.",
    "{B} is a case in point: {C} {P}.", "For {SEG}, {C} {P}.", "{C}, especially for {EW} {P}.",
    "{C} {P:see}.", "{C} {P:e.g.}.", "Online, {C} {P}.", "{C} (for example, through {CH}) {P}.",
    "In {CITY} as elsewhere, {C} {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, although {C2}.", "{C} {P}; even so, {C2}.", "{C} {P}, while {C2}.",
    "{O}, {C} {P}, which suggests that {C2}.", "{C} {P:see}, but {C2}.",
]  # fmt: skip
CLAIMS = [
    "eyewear is now bought as a fashion accessory as much as a medical device",
    "{SEG} compare prices online before they book a sight test",
    "{B} relies on {CH} more than its rivals do",
    "licensed fashion labels lift the perceived value of {EW}",
    "independent opticians win loyalty through clinical trust rather than price",
    "vertical integration gives the largest eyewear group control of both design and retail",
    "{EW} sell better when staff explain the benefit at the dispensing desk",
    "virtual try-on reduces returns for online glasses retailers",
    "contact lens wearers drop out when comfort falls",
    "a free sight test brings customers into the store who then buy frames",
    "eye-health charities reach older people more easily through GPs than through social media",
    "{SEG} respond to influencer content more than to price promotions",
    "the spread of myopia among children is opening a new market for lens makers",
    "a designer's name on the temple adds little for most wearers",
    "price transparency online has squeezed the margins of high-street optical chains",
    "made-in-Italy provenance still commands a premium in Asia",
    "Danish and Japanese frame makers compete on craftsmanship rather than logos",
    "{B} uses {CH} to turn a clinical visit into a retail experience",
    "subscription models raise the lifetime value of contact lens customers",
    "awareness campaigns increase sight-test uptake only when they are local",
    "{T} raises {R} among {A}",
    "{A} expect optical brands to {bs}",
    "franchise partners keep local knowledge that a central marketing team lacks",
    "counterfeit sunglasses erode the value of a luxury licence",
    "recall emails bring back lapsed patients when they are personalised",
    "consumers trust opticians more than online sellers for {EW}",
]  # fmt: skip
OPENERS = ["However", "In practice", "For {B}", "Similarly", "At the same time", "By contrast", "In the case of {B}",
           "More recently", "In the optical sector", "On the high street", "Online", "In {CITY}"]  # fmt: skip
PLAIN = [
    "{B} operates around {STORES} stores and sells through its own website.",
    "The campaign ran for eight weeks on Instagram, TikTok and in store.",
    "{B}'s frames are made in {CITY} and finished by hand.",
    "Most customers book their sight test online and collect their glasses in store.",
    "The lens range is sold through opticians rather than directly to consumers.",
    "{O}, {C}.",
    "A pair of single-vision glasses starts at £{PRICE} at {B}.",
    "The charity relies on legacies, corporate partners and community fundraising.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one textbook puts it, {Q} {P}.", "{N} argue that {Q}.", "{O}, {Q} {P}.",
    "The point is made plainly: {Q} {P}.", "{N} put it this way: {Q}.", "{Q} {P}; {B} has yet to act on this.",
    "Put simply, {Q} {P}.",
]  # fmt: skip
SCARE_QUOTES = ["‘affordable luxury’", "‘phygital’", "‘eyes first’ retailing", "‘fast eyewear’", "‘clinical trust’",
                "‘try before you buy’", "“see the difference”", "‘frames as faces’", "‘quiet luxury’",
                "'everyday eyewear'", "“vision for life”", "‘glasses as jewellery’"]  # fmt: skip
SCARE_FRAMES = [
    "Brands now speak of {Q} {P}.", "{B} calls its approach {Q} {P}.", "Marketers describe this as {Q} {P}.",
    "The idea of {Q} is now common in optical retail {P}.", "{N} describe the trend as {Q}.",
    "What the trade press calls {Q} is really a pricing strategy {P}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Your eye test is due – book in two minutes’", "‘Your lenses are on their way’",
                 "“New season frames, picked for your face shape”", "‘Second pair free ends Sunday’",
                 "'Time for a check-up?'", "“Your prescription expires soon”", "‘Meet the {CITY} collection’",
                 "‘Try five frames at home, free’"]  # fmt: skip
SUBJECT_FRAMES = [
    "An email headed {Q} lifted bookings {P}.", "{B}'s recall email, {Q}, brought back lapsed patients {P}.",
    "Testing {Q} against a plainer version showed the value of personalisation {P}.",
    "The subject line {Q} had the highest open rate of the quarter {P}.",
    "{N} cite {B}'s message {Q} as an example of urgency done well.",
]  # fmt: skip

# Text with brackets, years or quotation marks that is no citation: no tutor expects any of it in the list.
NOT_CITATIONS = {
    "frame-model-year": ["Ray-Ban's best seller is still the classic model (Wayfarer, 1952).",
                         "The brand's heritage rests on one shape (Aviator, 1937), reissued every summer.",
                         "{B} borrowed the keyhole bridge of an old favourite (Persol 649, 1957)."],
    "lens-launch-year": ["Essilor's first progressive lens (Varilux, 1959) changed how presbyopes were fitted.",
                         "The first disposable lens (Acuvue, 1987) turned contact lenses into a repeat purchase.",
                         "Lindberg made its name with a screwless frame (Air Titanium, 1984)."],
    "founder-year": ["Luxottica grew from a small workshop in Agordo (Leonardo Del Vecchio, 1961).",
                     "Safilo began as a lens-making business in Calalzo (Aldo Safilo, 1934).",
                     "The French chain was built on bold advertising (Alain Afflelou, 1972)."],
    "founder-narrative-year": ["Specsavers was started in Guernsey by Doug Perkins (1984) and his wife Mary.",
                               "The Danish frame was designed by the optician Poul-Jørn Lindberg (1985) for a client.",
                               "The Moscot shop was opened by Hyman Moscot (1915) on Orchard Street."],
    "designer-bracket": ["Its titanium range draws on Danish modernism (Poul-Jørn Lindberg, 1985).",
                         "The round frame became a counter-culture symbol (John Lennon, 1966).",
                         "Cutler and Gross opened in Knightsbridge (Graham Cutler and Tony Gross, 1969)."],
    "film-year": ["Sales of the Wayfarer rose after one film (Risky Business, 1983).",
                  "The aviator has never recovered from its screen moment (Top Gun, 1986).",
                  "Audrey Hepburn's sunglasses are still copied (Breakfast at Tiffany's, 1961).",
                  "Narrow black lenses returned with the cyberpunk look (The Matrix, 1999)."],
    "icon-year": ["Oliver Peoples frames appeared on one famous face (American Psycho, 2000).",
                  "The round tortoiseshell frame is tied to one celebrity (Annie Hall, 1977)."],
    "act-year": ["Only registered professionals may test sight in the UK (Opticians Act, 1989).",
                 "The sale of glasses was opened to non-opticians (Health and Social Security Act, 1984)."],
    "rule-year": ["Prescribers must release a lens prescription (contact lens rule, 2004).",
                  "American opticians must hand patients their prescription (Eyeglass Rule, 1978)."],
    "deregulation-year": ["The high street changed when advertising by opticians was allowed (sight test deregulation, 1984).",
                          "Chains such as Specsavers and Vision Express grew quickly once the market opened (deregulation, 1984)."],
    "regulation-acronym-year": ["Lens makers faced tighter clinical-evidence rules (EU MDR, 2021).",
                                "Data on patients must be handled lawfully (GDPR, 2018)."],
    "standard-number": ["Sunglasses sold in Europe carry a filter category (EN ISO 12312-1:2013).",
                        "Ready-made readers must meet the standard for assembled lenses (BS EN ISO 16034:2002)."],
    "slogan-narrative-year": ["Should've gone to Specsavers (2003) is one of the best-known lines in British advertising.",
                              "The line Should've gone to Specsavers (2003) still runs in every campaign."],
    "campaign-year": ["Opticians join the awareness week each September (National Eye Health Week, 2009).",
                      "Warby Parker's social promise was there from the start (Buy a Pair, Give a Pair, 2010).",
                      "The charity's hashtag campaign went viral ({PCT}% reach, 2021)."],
    "invention-year": ["The idea of two focal lengths in one lens is old (bifocals, 1784).",
                       "Bifocal wearers moved to a lens with no visible line (progressive lens, 1959)."],
    "technology-year": ["Lens makers marketed a new coating to screen users (blue-light lenses, 2014).",
                        "Laser surgery was approved in the United States (LASIK, 1999), which worried spectacle makers."],
    "fair-year": ["Every Italian maker shows at the Milan fair (MIDO, 1970).",
                  "The Paris show is where French independents buy (Silmo, 1967).",
                  "US buyers meet brands in New York (Vision Expo, 1986)."],
    "award-year": ["Its acetate range won the frame category (Silmo d'Or, 2019).",
                   "{B} was named optical multiple of the year (Retail Week Awards, 2022).",
                   "The design won a German prize (Red Dot, 2018)."],
    "price-year": ["Glasses start at £25 a pair (2023) in the budget chains.",
                   "A pair of Warby Parker frames still costs $95 (2024) with lenses.",
                   "A box of daily lenses costs about €{PRICE} (2022) in France."],
    "people-figure-year": ["Around 2 billion people with poor sight (2019) lack proper eye care.",
                           "Over 2 million people in the UK live with sight loss (2023 estimate).",
                           "Myopia may affect half the world (5 billion people by 2050)."],
    "year-revenue": ["{B}'s growth came mostly from sunglasses (2022 revenue).",
                     "The group's wholesale arm shrank ({Y} results: €{n}m).",
                     "Direct-to-consumer sales overtook wholesale (2023 revenue: 52%)."],
    "quoted-tagline": ["EssilorLuxottica's mission statement, ‘Better vision for a better life’, appears on every report.",
                       "Jins sells its frames under the promise “Magnify life”.",
                       "Specsavers tells staff to put ‘Eyes first’ in every conversation.",
                       "The charity's line, 'Sight loss is not inevitable', tested well with older donors."],
    "tagline-year": ["Owndays still uses its launch line (‘Experience the Japanese way of seeing’, 2013).",
                     "Zoff's slogan changed once ('Eyewear for everyone', 2015)."],
    "store-count-year": ["The chain had grown to {STORES} stores (2024) across the UK and Ireland.",
                         "Warby Parker opened its first shop in SoHo (2013) after years online."],
    "store-opening": ["The flagship store opened on Via Montenapoleone (Milan, 2018).",
                      "Cutler and Gross's first shop is still on Knightsbridge Green (London, 1969)."],
    "merger-year": ["The two giants combined to form one group (Essilor and Luxottica, 2018).",
                    "{B} was later sold to a private equity fund (HAL takeover, 2021)."],
    "acquisition-bracket": ["Ray-Ban changed hands when Bausch & Lomb sold it (Luxottica purchase, 1999).",
                            "Oliver Peoples joined the Italian group (acquired 2006) with Oakley a year later."],
    "licence-period": ["Safilo held the Dior licence for decades (1996–2021) before LVMH took it in-house.",
                       "The Gucci eyewear licence moved from Safilo to Kering (2017–)."],
    "licence-brand-year": ["Marcolin signed a new fashion licence (Tom Ford, 2005).",
                           "Luxottica's first designer licence came early (Giorgio Armani, 1988)."],
    "financial-year": ["Results are reported for the year to February (FY2024).",
                       "Like-for-like sales rose in the second half (H2 {Y})."],
    "quarter-figure": ["Online orders doubled in the third quarter (Q{q} {Y}).",
                       "Contact lens sales rose {PCT}% (Q3 2023, constant currency)."],
    "survey-sample": ["Most of the optometrists interviewed agreed (n = {n}).",
                      "Half of the patients surveyed booked online (n = {n}, {CITY} stores)."],
    "figure-reference": ["The store network is mapped by region (Figure {q}).",
                         "Price points are compared across the chains (Table {q}, Appendix B)."],
    "appendix-reference": ["The full interview guide is attached (see Appendix C).",
                           "Survey questions are listed in the appendices (Appendix A, p. {q})."],
    "prescription-values": ["A typical first prescription is mild (−1.25 DS, 2019 records).",
                            "Most readers bought were low powers (+1.50, +2.00)."],
    "lens-specification": ["The best-selling lens is thin and light (1.67 index, 2020 range).",
                           "Its daily lens has a high water content (58%, Dk/t 25)."],
    "frame-size": ["The Wayfarer comes in three widths (50-22, 52-22, 54-18).",
                   "The classic round frame is sold in one size (45□22 145)."],
    "model-number": ["Its best seller is a plain acetate frame (RB5154, Clubmaster).",
                     "The model number appears inside the temple (PO0714, 52)."],
    "award-list": ["{B} has won the consumer vote several times (2019, 2021, 2023).",
                   "The chain topped the satisfaction table twice (2020 and 2022)."],
    "anniversary": ["{B} marked its anniversary with a limited edition (100 years, 1917–2017).",
                    "The brand celebrated its heritage (since 1877) with a pop-up in {CITY}."],
    "since-year": ["Family-owned since 1917, the firm still makes frames in Jura.",
                   "{B} has been handmade in {CITY} since 1964."],
    "stock-listing": ["The group listed its shares in New York (NYSE: WRBY, 2021).",
                      "Its shares trade in Milan (BIT: SFL) and Paris (EPA: EL)."],
    "handle-hashtag": ["The charity's campaign hashtag (#LoveYourEyes, 2022) trended for a day.",
                       "{B} answers customers on Instagram (@eyesfirst_official)."],
    "date-event": ["The flagship reopened after its refit (12 March {Y}).",
                   "Stores closed for three months during the first lockdown (March–June 2020)."],
    "decade": ["Oversized frames came back from the seventies (1970s revival).",
               "Sales of clip-on sunglasses peaked in the nineties (1990s)."],
    "abbreviation-gloss": ["Patients were referred under the NHS sight test scheme (GOS, General Ophthalmic Services).",
                           "Contact lens opticians are registered separately (CLO, GOC register)."],
    "ranking-year": ["{B} was ranked among the best places to work (Sunday Times, 2022 list).",
                     "The brand came top for service in its category (Which? Recommended Provider, 2023)."],
    "collection-season": ["The new range launched for spring (SS24 collection).",
                          "Its acetate capsule sold out in weeks (Autumn/Winter 2023)."],
    "charity-registration": ["The RNIB is a registered charity (no. 226227, England and Wales).",
                             "Fight for Sight funds research across the UK (charity no. 1111438)."],
    "percentage-year": ["Online sales made up {PCT}% of the market (2023 share).",
                        "Almost a quarter of wearers bought online last year (24%, 2024)."],
    "royal-warrant": ["The firm supplied frames to the royal household (Royal Warrant, 1997).",
                      "Its case maker holds a warrant (By Appointment, 2012)."],
}  # fmt: skip
