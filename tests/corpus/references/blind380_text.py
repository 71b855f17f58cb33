"""The blind380 pool's prose: how marketers at beauty, cosmetics and personal-care firms write CIM Level 6 and 7
reports and MBA assignments in English in the UK, France, South Korea, Brazil, Nigeria and Canada.

Skincare and make-up brands, fragrance houses, beauty retailers and subscription boxes, K-beauty and J-beauty
importers, barbershop product lines and clean-beauty start-ups. Citations at the start, middle and end of sentences,
after "as", "following", "according to", "echoing" and "building on", in brackets of several works and with "see"
and "e.g."; beside them, text that looks like a citation and is not one (NOT_CITATIONS): product launches, shade
ranges, collaborations and limited editions, store openings, awards, acquisitions, funding rounds and listings,
founders and chief executives, founding years, campaigns and hashtags, prices and percentages with years, acts and
regulations named in passing, and what else these candidates put in brackets. Written without reading the checker
or any other pool. Placeholders beyond the shared ones: {yr} a recent year, {pc} a percentage, {px} a price, {k} a
count in thousands, {city} a city, {sh} a shade count, {wk} a week, {mo} a month, {hr} a retailer, {sk} a skin concern.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Charlotte Tilbury", "The Ordinary", "Glossier", "Fenty Beauty", "Lush", "The Body Shop", "Boots No7",
          "Superdrug", "Space NK", "Cult Beauty", "LOOKFANTASTIC", "Beauty Bay", "Bulldog Skincare", "Pat McGrath Labs",
          "Sephora", "L'Oréal Paris", "Lancôme", "Yves Saint Laurent Beauté", "Caudalie", "Nuxe", "La Roche-Posay",
          "Sisley Paris", "Diptyque", "Laneige", "Sulwhasoo", "innisfree", "COSRX", "Beauty of Joseon", "Olive Young",
          "Shiseido", "Natura", "O Boticário", "Granado", "Sallve", "Zaron", "House of Tara", "Arami Essentials",
          "Nivea", "Deciem", "Shoppers Drug Mart", "Estée Lauder", "MAC Cosmetics", "Rare Beauty", "Birchbox",
          "Glossybox", "Jo Malone London", "Byredo", "Tatcha", "Dove", "Garnier"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    return {
        "yr": str(rng.randint(2016, 2025)), "pc": str(rng.randint(4, 78)), "px": str(rng.randint(8, 95)),
        "k": str(rng.randint(12, 480)), "sh": str(rng.choice([24, 30, 40, 50, 52, 60])), "wk": str(rng.randint(2, 12)),
        "city": rng.choice(["London", "Manchester", "Paris", "Lyon", "Seoul", "Busan", "São Paulo", "Rio de Janeiro",
                            "Lagos", "Abuja", "Toronto", "Montréal", "Vancouver"]),
        "mo": rng.choice(["January", "March", "April", "June", "September", "October", "November"]),
        "hr": rng.choice(["Boots", "Superdrug", "Sephora", "Olive Young", "Shoppers Drug Mart", "Beleza na Web",
                          "Jumia", "Selfridges", "Galeries Lafayette", "Marionnaud"]),
        "sk": rng.choice(["acne", "hyperpigmentation", "dryness", "sensitivity", "razor bumps", "dark spots"]),
    }  # fmt: skip


NARRATIVE_START = [
    "{N} found that {C}.", "{N} argue that {C}, particularly for {A}.", "{N} showed that {C}.",
    "{N} concluded that {C}, which is relevant to {B}.", "{N} suggests that {C}.", "{N} observed that {C} in {city}.",
    "{N} noted that {C}; {B} appears to have taken this on board.", "{N} reports that {C}.",
    "{N} highlight that {C}.", "{N} explains that {C} and that {C2}.", "{N} warned that {C}.",
    "{N} identified that {C} among women aged 18 to 34.", "{N} maintain that {C}.",
    "{N} demonstrated that {C}, although their sample was drawn from one city.", "{N} describes how {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "As {N} argue, {C}.", "As noted by {N}, {C}.", "Following {N}, this report assumes that {C}.",
    "According to {N}, {C}.", "Echoing {N}, {C}.", "Building on {N}, it can be argued that {C}.",
    "{C}, as {N} found.", "{C}, according to {N}.", "{O}, {N} found that {C}.", "This is in line with {N}, who found that {C}.",
    "{B} illustrates the point made by {N}: {C}.", "In the K-beauty context, {N} found that {C}.",
    "{C} – a finding echoed by {N}.", "Research by {N} indicates that {C}.", "Data published by {N} show that {C}.",
    "{C}; however, {N} found the opposite among {A}.", "A study by {N} of {k} shoppers found that {C}.",
    "Drawing on {N}, {B} could argue that {C}.", "{C}, which is consistent with {N}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study found that {C}.", "Applying {N} model to {B}, {C}.", "{O}, {N} findings suggest that {C}.",
    "{N} survey indicates that {C}.", "According to {N} review, {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "Evidence suggests that {C} {P}.", "{C}, especially in {city} {P}.",
    "{C} {P:see}.", "{C} {P:e.g.}.", "It has been argued that {C} {P}.", "For {B}, {C} {P}.",
    "{C} (for instance in the {sk} segment) {P}.", "In the beauty sector, {C} {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, whereas {C2}.", "{C} {P}; nevertheless, {C2}.",
    "{C} {P:see}, although {C2}.", "{C} {P}, which suggests that {C2}.",
]  # fmt: skip
CLAIMS = [
    "{A} trust peer reviews more than brand claims", "micro-influencers drive higher engagement than celebrities",
    "ingredient transparency increases purchase intention", "{B} benefits from {T} more than its rivals",
    "refillable packaging appeals to {A} but rarely changes behaviour", "shade inclusivity improves brand love",
    "consumers use make-up to express an ideal self", "virtual try-on reduces returns for online beauty retailers",
    "clean-beauty claims are poorly understood by {A}", "beauty advisers in store raise average basket size",
    "K-beauty routines have changed how {A} buy skincare", "{T} strengthens {R} in the prestige segment",
    "sampling remains the most effective way to sell fragrance", "subscription boxes struggle with retention after three months",
    "Nigerian consumers increasingly favour locally made skincare", "men's grooming is growing faster than women's skincare in Brazil",
    "sustainability claims must be specific to be believed", "dermocosmetics gained share in pharmacies after the pandemic",
    "{A} compare themselves with beauty influencers on Instagram", "the lipstick effect still holds in a downturn",
    "brand authenticity matters more than price for {A}", "barbershop product lines rely on the barber's endorsement",
    "TikTok trends shorten the life of a beauty product", "retail theatre brings {A} back to physical stores",
]  # fmt: skip
OPENERS = ["However", "In practice", "For {B}", "Similarly", "In the UK market", "In South Korea", "By contrast",
           "More recently", "In the case of {B}", "Across West Africa", "In Québec", "Even so"]  # fmt: skip
PLAIN = [
    "{B} sells through its own website, {hr} and Amazon.",
    "The brand's hero product is a vitamin C serum priced at £{px}.",
    "{B} currently stocks {sh} shades of foundation.",
    "The marketing team consists of six people in {city} and two agencies.",
    "Sampling is carried out at counters and through the loyalty app.",
    "{O}, {C}.",
    "The recommendations below are costed in the budget section.",
    "{B} has around {k},000 followers on TikTok.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one author puts it, {Q} {P}.", "{N} put it bluntly: {Q}.", "Beauty, in this view, is a promise: {Q} {P}.",
    "{N} writes that {Q}.", "The point is well made: {Q} {P}.",
]  # fmt: skip
SCARE_QUOTES = ["‘skinimalism’", "‘clean beauty’", "‘glass skin’", "‘dupe culture’", "‘de-influencing’",
                "‘skintellectuals’", "‘masstige’", "‘clean girl aesthetic’", "‘blue beauty’", "‘greenwashing’",
                "‘Sephora kids’", "‘no-make-up make-up’"]  # fmt: skip
SCARE_FRAMES = [
    "Brands now sell {Q} as a lifestyle {P}.", "{B} has leaned into {Q} {P}.", "{N} describe {Q} as a marketing construct.",
    "What the trade press calls {Q} is mostly a repackaging of older ideas {P}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Your glow-up starts here’", "‘Free mini with every order this weekend’", "“Back in stock: the {M} edit”",
                 "‘We think you’ll love these’", "‘Your {mo} box has shipped’", "“Last chance: 25% off fragrance”",
                 "‘Meet your new SPF’", "'Your skin routine, sorted'"]  # fmt: skip
SUBJECT_FRAMES = [
    "An email headed {Q} lifted open rates {P}.", "{B} sent {Q} to lapsed subscribers {P}.",
    "The subject line {Q} outperformed a plain one, which {N} would predict.",
]  # fmt: skip

# Text with brackets, years, names and figures that is no citation: what a tutor would not expect in the list.
NOT_CITATIONS = {
    "product-launch-year": ["Estée Lauder's Advanced Night Repair (1982) is still its best-selling serum.",
                            "Chanel No. 5 (1921) remains the reference point for the category.",
                            "The Ordinary's Niacinamide 10% + Zinc 1% (launched {yr}) drove most of the brand's growth.",
                            "Sulwhasoo's First Care Activating Serum (1997) is positioned as the first step of the routine."],
    "relaunch-year": ["The Glow Recipe {yr} relaunch changed the packaging but not the formula.",
                      "{B} relaunched its core moisturiser (new formula, {yr}) after complaints about fragrance."],
    "shade-range": ["Fenty Beauty's Pro Filt'r foundation (40 shades, 2017) set a new standard.",
                    "{B} extended its concealer to {sh} shades ({yr}).", "The range now covers {sh} shades (up from 12 in 2019)."],
    "formula-year": ["The SPF was reformulated (2.0 version, {yr}) to remove octocrylene.",
                     "{B} moved to a fragrance-free formula (autumn {yr})."],
    "collaboration": ["The MAC x Selena collaboration (2016) sold out within hours.",
                      "{B}'s collaboration with a Nollywood make-up artist ({yr}) reached new audiences.",
                      "The Laneige x Sydney Sweeney partnership (2024) was a first for the brand."],
    "limited-edition": ["The Christmas advent calendar (limited edition, {yr}) sold {k},000 units.",
                        "{B}'s Lunar New Year palette ({yr} edition) was only sold in Seoul and Paris."],
    "store-opening": ["Glossier opened its London flagship (Covent Garden, 2023).",
                      "{B} opened its first standalone store in {city} ({mo} {yr}).",
                      "Sephora returned to the UK high street (Westfield London, 2023)."],
    "counter-opening": ["A new counter was opened in Selfridges (Oxford Street, {yr}).",
                        "{B} now has concessions in {k} Boots stores (as of {mo} {yr})."],
    "award": ["The serum won a Cosmopolitan Beauty Award ({yr}).", "The cleanser won Allure Best of Beauty 2022.",
              "{B} was named Brand of the Year (Pure Beauty Awards {yr})."],
    "acquisition": ["L'Oréal's purchase of Aesop (2023, US$2.5bn) was the group's largest deal.",
                    "Estée Lauder bought Too Faced (2016) and BECCA in the same year.",
                    "Unilever's acquisition of Dermalogica (2015) took it into professional skincare.",
                    "Shiseido acquired Drunk Elephant (2019) for US$845m."],
    "merger-sale": ["Natura &Co sold The Body Shop to Aurelius (2023), and the UK business entered administration in 2024.",
                    "Natura's takeover of Avon (2020) created the world's fourth-largest pure beauty group."],
    "funding-round": ["{B} closed a Series B round (£{px}m, {yr}) led by a French fund.",
                      "The start-up raised seed funding (₦{k}m, {yr}) from Lagos angel investors."],
    "listing": ["The Hut Group floated on the London Stock Exchange (September 2020).",
                "Puig listed in Barcelona (May 2024) at a valuation of about €14bn.",
                "Amorepacific's shares fell sharply (KRX: 090430) after the China slowdown."],
    "founder": ["The brand was founded by Rihanna (2017) with LVMH's Kendo incubator.",
                "Anita Roddick (founder, 1976) opened the first shop in Brighton.",
                "{B} was started by two pharmacists (Lagos, {yr})."],
    "chief-executive": ["Nicolas Hieronimus (CEO since 2021) has pushed dermatological beauty.",
                        "The appointment of a new chief executive ({mo} {yr}) followed two profit warnings."],
    "founding-year-list-body": ["The ASA (established in 1962) is funded by a levy on advertising.",
                                "The CTPA (founded 1945) represents most UK cosmetics manufacturers.",
                                "The OPSS (created in 2018) enforces cosmetic product safety in Great Britain.",
                                "ANVISA (created in 1999) registers cosmetics in Brazil."],
    "founding-year-brand": ["Lush (est. 1995) still makes most of its products by hand in Poole.",
                            "Boots (founded in 1849) began as a herbalist's shop in Nottingham.",
                            "{B} (est. {yr}) is one of the youngest brands in this analysis."],
    "campaign-year": ["Dove's Real Beauty campaign (2004) is still cited in the industry.",
                      "The #ShowUs project (2019) built a library of unretouched images.",
                      "{B}'s ‘Skin First’ campaign ({mo} {yr}) ran on TikTok and out-of-home."],
    "hashtag": ["The hashtag #GlassSkin ({k}m views, {yr}) is a recurring theme.",
                "Content tagged #BeautyTok rose sharply ({yr})."],
    "price-year": ["The moisturiser rose in price (£{px} in {yr}).", "A 50 ml bottle now retails at €{px} ({yr} price list).",
                   "Sachets sell for ₦{px}0 each (Lagos market prices, {yr})."],
    "percentage-year": ["Online now accounts for a large share of sales ({pc}% in {yr}).",
                        "Repeat purchase fell among subscribers ({pc}% in Q{q} {yr}).",
                        "Conversion improved after the virtual try-on launch (+{pc}%, {yr})."],
    "results-year": ["{B}'s sales reached £{k}m ({yr} results).", "Operating margin improved ({yr}: {pc}.{q}%)."],
    "act-named": ["Customers' rights to a refund come from the Consumer Rights Act 2015.",
                  "Inclusive casting also has to respect the Equality Act 2010.",
                  "Misleading product descriptions were once a matter for the Trade Descriptions Act 1968."],
    "regulation-number": ["Products sold in the EU must be notified on the CPNP (since July 2013).",
                          "Microbeads were banned (Environmental Protection (Microbeads) (England) Regulations 2017).",
                          "Packaging sold in France carries the Triman logo (compulsory since 2015)."],
    "korean-law": ["Whitening and anti-wrinkle claims in Korea need prior approval (as 'functional cosmetics', since 2000).",
                   "Korea banned animal testing for cosmetics (from February 2017)."],
    "canadian-rule": ["Labels must be bilingual (Consumer Packaging and Labelling Act, R.S.C. 1985).",
                      "Canada banned cosmetic animal testing (Bill C-47, 2023)."],
    "nigerian-rule": ["All imported creams need a NAFDAC number (NAFDAC Reg. No. A7-{k}).",
                      "Skin-lightening creams containing mercury cannot be sold legally (banned since {yr})."],
    "ingredient-concentration": ["The serum contains retinol (0.3%) and niacinamide (5%).",
                                 "The sunscreen uses zinc oxide (20%, non-nano)."],
    "spf-pa": ["The moisturiser is rated SPF 50 (PA++++).", "{B}'s sun stick (SPF 30, broad spectrum) launched in {yr}."],
    "size-format": ["The refill pouch (200 ml, {yr}) uses 70% less plastic.", "A travel size (15 ml) is sold at checkouts."],
    "certification": ["The range is certified by COSMOS (Ecocert, {yr}).", "{B} is Leaping Bunny approved (since {yr}).",
                      "The company became a certified B Corp ({mo} {yr})."],
    "packaging-material": ["The jars use 50% recycled glass ({yr} target: 100%).",
                           "Tubes are now made of sugarcane plastic (PE, {yr})."],
    "financial-year": ["Like-for-like sales grew in FY{yr} (year ending 31 March).",
                       "Group revenue fell in H1 {yr} (six months to 30 June)."],
    "ranking": ["{B} climbed to third place in its category (from seventh in {yr}).",
                "The brand reached number one on Amazon UK (skincare, {mo} {yr})."],
    "own-survey": ["Most respondents preferred fragrance-free products (own survey, n = {n}).",
                   "A focus group with eight barbershop customers ({city}, {mo} {yr}) supported this."],
    "figure-table": ["Market shares are set out above (Figure {q}).", "The pricing comparison is in the appendix (Table {q}).",
                     "The SWOT analysis (Appendix {q}) summarises these points."],
    "cross-reference": ["This was discussed earlier (see Section 2.{q}).", "The persona is described in Task 1 (b) above."],
    "handle": ["{B} answers complaints on Instagram (@{k}beautyhelp).", "The founder's account (@thebarberlab_ng) has a loyal following."],
    "web-address": ["Customers can book a skin consultation online (www.example-beauty.co.uk/book).",
                    "The refill scheme is explained on the site (refill.example.fr)."],
    "event-fair": ["The brand exhibited at Cosmoprof Bologna ({yr}).", "{B} launched the range at Lagos Fashion Week ({mo} {yr}).",
                   "K-beauty brands dominated in-cosmetics Global (Paris, {yr})."],
    "festival-season": ["Sales peak in the run-up to Chuseok ({yr}) and Christmas.",
                        "Gifting sets sell best before Mother's Day (March {yr} in the UK)."],
    "currency-conversion": ["The price in Seoul is ₩{k},000 (about £{px}).", "A kit costs R${px} (around £{q}5 at {yr} rates)."],
    "age-band": ["The core segment is Gen Z (born 1997–2012).", "The study's focus group was young men (aged 18–24)."],
    "recall": ["The batch was recalled (product safety alert, {mo} {yr}) after benzene was found.",
               "The retailer withdrew the cream from sale (batch {k}, {yr})."],
    "abbreviation-gloss": ["The brand targets the DTC channel (direct to consumer).",
                           "CPNP (Cosmetic Products Notification Portal) registration was completed.",
                           "UGC (user-generated content) now makes up most of the brand's feed."],
    "glossed-term": ["Several respondents mentioned 'ori' (Yoruba for head, and for fortune) in hair-care rituals.",
                     "Skin care in Korea is framed by 'kkul-pibu' (honey skin) ideals.",
                     "French pharmacies sell 'parapharmacie' (over-the-counter skincare) alongside medicines."],
    "slogan": ["L'Oréal's slogan ‘Because you're worth it’ (1973) is one of the best known.",
               "Maybelline's line ‘Maybe she's born with it’ (1991) still frames its advertising."],
    "model-numbers": ["The AR mirror (version 2.{q}) is installed in {k} stores.",
                      "The app (iOS {yr}.{q}) added a shade-matching feature."],
    "subscription-box": ["The {mo} box ({yr} edition) included five full-size products.",
                         "Birchbox UK cut its price (£{px} a month, {yr})."],
    "influencer-deal": ["The influencer's contract (six posts, £{px}k, {yr}) was disclosed under ASA rules.",
                        "{B} signed a brand ambassador ({mo} {yr}) with {k}0,000 followers."],
    "barbershop-line": ["The beard oil (launched in {city}, {yr}) is sold only in partner barbershops.",
                        "The pomade range (three holds, {yr}) was developed with Lagos barbers."],
    "inflation-rate": ["Price rises outpaced inflation ({pc}% against 6.7%, {yr}).",
                       "Personal-care prices rose faster than CPI (October {yr})."],
}  # fmt: skip
