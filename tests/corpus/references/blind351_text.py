"""The blind351 pool's prose: how marketers at florists, flower-delivery firms, growers, auctions, subscription
services and event florists in the UK, the Netherlands, Kenya, Colombia, Ecuador and Japan write CIM Level 6 and 7
reports and MBA assignments, and the text with brackets, years and quotation marks in them that cites nothing.
Written without reading the checker, its tests or any other pool. Frames may use every fill value and these of its
own: {fl} a flower, {pk} a peak, {ch} a channel, {pc} a percentage's number, {ctry} a country, {Y3} a recent year."""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Interflora", "Bloom & Wild", "Serenata Flowers", "Arena Flowers", "Moonpig", "Flying Flowers",
          "Marks & Spencer Flowers", "Royal FloraHolland", "Dümmen Orange", "Selecta", "Oserian", "Karen Roses",
          "Flamingo Horticulture", "Sian Roses", "Asocolflores", "Expoflores", "Hana Prime", "Hibiya-Kadan",
          "Aoyama Flower Market", "Tesco", "Aldi", "Teleflora", "FTD", "Fleurop-Interflora", "Bunches",
          "Appleyard London"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """The fill values only this pool's frames use."""
    return {
        "fl": rng.choice(["roses", "tulips", "peonies", "carnations", "chrysanthemums", "lilies", "alstroemeria",
                          "sunflowers", "gerberas", "hydrangeas", "orchids", "spray roses"]),
        "pk": rng.choice(["Valentine's Day", "Mother's Day", "Mothering Sunday", "Christmas", "the wedding season",
                          "Día de la Madre", "Haha no Hi"]),
        "ch": rng.choice(["Instagram", "TikTok", "Pinterest", "email", "paid search", "the app", "affiliate sites",
                          "WhatsApp", "LINE", "Google Shopping"]),
        "pc": str(rng.randint(4, 78)), "Y3": str(rng.randint(2019, 2025)),
        "ctry": rng.choice(["the UK", "the Netherlands", "Kenya", "Colombia", "Ecuador", "Japan"]),
    }  # fmt: skip


NARRATIVE_START = [
    "{N} found that {C}.", "{N} argued that {C}, especially around {pk}.", "{N} concluded that {C}.",
    "{N} observed that {C}; {B} has yet to act on this.", "{N} reported that {C} in {ctry}.",
    "{N} suggest that {C}.", "{N} noted that {C} and that {C2}.", "{N} explains that {C}.",
    "{N} showed that {C}, which matters for a grower like {B}.", "{N} warned that {C}.",
    "{N} identified that {C} among {A}.", "{N} questioned whether {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "According to {N}, {C}.", "{O}, {N} found that {C}.", "As {N} point out, {C}.", "{C}, as {N} noted.",
    "This supports the view of {N} that {C}.", "For {B}, the lesson from {N} is that {C}.",
    "Research on growers of {fl} in {ctry} by {N} shows that {C}.", "{C}; {N} reached a similar conclusion.",
    "A study by {N} of {pk} orders found that {C}.", "{O}, work by {N} suggests that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study of {pk} found that {C}.", "{O}, {N} findings imply that {C}.", "{N} model explains why {C}.",
    "{N} survey of {A} showed that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "There is evidence that {C} {P}.", "In {ctry}, {C} {P}.",
    "Around {pk}, {C} {P}.", "For growers of {fl}, {C} {P}.", "It is widely reported that {C} {P}.",
    "{B} is no exception: {C} {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, although {C2}.", "{C} {P}; even so, {C2}.", "{C} {P}, while {C2}.",
]  # fmt: skip
CLAIMS = [
    "{pk} accounts for a large share of a florist's annual sales", "letterbox flowers cut delivery costs for firms like {B}",
    "subscribers stay longer when they can skip a delivery", "air-freighted {fl} carry a higher carbon footprint than many shoppers assume",
    "Kenyan {fl} grown at altitude can have a lower footprint than Dutch glasshouse flowers", "supermarket flowers compete mainly on price",
    "{A} respond well to {ch} content that shows the flowers being arranged", "influencer weddings set the colour trends for the season",
    "{B} could use {ch} to smooth demand outside {pk}", "shoppers trust Fairtrade labels on {fl} more than firms' own claims",
    "{T} raises {R} among {A}", "same-day delivery is now expected in large cities",
    "growers in {ctry} depend on a few buyers in Europe", "the Dutch clock auction still sets reference prices for {fl}",
    "reviews and photos matter more for flowers than for most gifts", "{A} buy {fl} more often when they are sold as a subscription",
    "wedding couples choose a florist mainly through Instagram and Pinterest", "sustainability messages work best when they are specific",
    "price rises before {pk} damage trust in online florists", "British-grown flowers can command a premium",
]  # fmt: skip
OPENERS = ["However", "In practice", "For {B}", "Similarly", "By contrast", "Around {pk}", "In {ctry}", "Even so",
           "More recently", "At the same time"]  # fmt: skip
PLAIN = [
    "{B} sells through its own website, its app and a few marketplaces.", "Orders peak in the week before {pk}.",
    "{B}'s {fl} are flown from Nairobi to Amsterdam and trucked to the UK.", "{O}, {C}.",
    "The campaign ran for four weeks on {ch} and email.", "Most of the firm's stems come from growers in {ctry}.",
    "{B} offers a weekly, fortnightly or monthly subscription.", "The wedding team handles about {n} events a year.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one marketing text puts it, {Q} {P}.", "The point is made plainly: {Q} {P}.",
    "{B} seems to accept that {Q} {P}.", "One study of florists concluded that {Q} {P}.",
]  # fmt: skip
SCARE_QUOTES = ["‘letterbox flowers’", "‘farm to vase’", "‘slow flowers’", "‘grown not flown’", "‘flower miles’",
                "‘stem count’", "‘gifting moments’", "‘subscribe and save’"]  # fmt: skip
SCARE_FRAMES = [
    "Florists now talk of {Q} {P}.", "{B} calls its approach {Q} {P}.", "The idea of {Q} is now common in the trade {P}.",
    "Growers market their stems as {Q} {P}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Don't forget {pk}: order by Thursday’", "‘Your {fl} subscription is on its way’",
                 "“Last chance for {pk} delivery”", "‘20% off your first letterbox bouquet’",
                 "'Fresh {fl}, straight from the farm'"]  # fmt: skip
SUBJECT_FRAMES = [
    "The subject line {Q} lifted open rates {P}.", "{B} sent {Q} to lapsed subscribers {P}.",
    "An email headed {Q} performed best before {pk} {P}.",
]  # fmt: skip

# Text with brackets, years and quotation marks that cites nothing: a tutor would expect none of it in the list.
NOT_CITATIONS = {
    "rose-variety-year": ["{B} still sells the (Freedom rose, 1999) in red bunches.", "The classic (Peace rose, 1945) remains a wedding favourite."],
    "product-launch-year": ["{B} popularised the format (Letterbox flowers, 2015) in the UK.", "The (Moonpig app, 2011) changed how cards and flowers were bought."],
    "law-decade": ["Street selling was regulated long ago (Cut Flowers Act, 1930s), according to the firm's history page.", "Old rules (Cut Flowers Act, 1930s) are still mentioned in florists' training."],
    "founder-year": ["The brand was started by its founder (Aron Fisher, 2015) from a London flat.", "{B} was founded by a young entrepreneur (Aron Fisher, 2015) who wanted a simpler gift."],
    "florist-icon-year": ["Modern floristry owes much to a pioneer (Constance Spry, 1929) and her natural style.", "Wild arrangements go back to a famous London florist (Constance Spry, 1929)."],
    "gardener-year": ["Dry gardens became fashionable after a Californian collector (Ruth Bancroft, 1972) opened hers.", "The succulent trend has a long history (Ruth Bancroft, 1972)."],
    "grower-narrative-year": ["The Naivasha estate's owner Hans Zwarts (1990) expanded rose growing near the lake.", "Growers such as Hans Zwarts (1990) pioneered Kenyan roses at scale."],
    "famous-face-year": ["Public mourning brought a sea of bouquets (Princess Diana, 1997) outside Kensington Palace.", "Flowers became a way to grieve in public (Princess Diana, 1997)."],
    "show-year": ["{B} has exhibited at the show since it began (Chelsea Flower Show, 1913).", "Trends are often set at the (Chelsea Flower Show, 1913) in May."],
    "day-decade": ["Sending cards on the day took off in Victorian times (Valentine's Day, 1840s).", "Gifting {fl} is a long tradition (Valentine's Day, 1840s)."],
    "day-year": ["The American celebration began as a memorial (Mother's Day, 1908).", "{B} targets the US holiday (Mother's Day, 1908) with its own campaign."],
    "award-year": ["The stand won the top prize (Gold Medal, 2019) at Chelsea.", "{B}'s display earned an award (Gold Medal, 2019) that it still uses in its ads."],
    "garden-year": ["Tulip tourism grew after the garden opened (Keukenhof, 1949).", "{B} takes buyers to the spring garden (Keukenhof, 1949) each April."],
    "expo-year": ["Dutch growers showed new varieties at the expo (Floriade, 2022) in Almere.", "The last horticultural expo (Floriade, 2022) drew fewer visitors than planned."],
    "fairtrade-year": ["Fairtrade certification reached flowers early (Fairtrade flowers, 2001).", "{B} stocks certified stems (Fairtrade flowers, 2001) in all stores."],
    "certification-year": ["Most Dutch growers hold the environmental certificate (MPS-ABC, 1995).", "The grower's glasshouses are certified (MPS-ABC, 1995) and audited yearly."],
    "code-year": ["Kenyan farms follow the council's rules (Kenya Flower Council code, 1996) on pesticides and pay.", "The farm meets the industry standard (Kenya Flower Council code, 1996)."],
    "passport-year": ["Imported plants need documents (EU plant passport, 1993) to move within Europe.", "After Brexit, UK growers lost the simple system (EU plant passport, 1993)."],
    "ban-year": ["Some bulbs were held at the border (tulip import ban, 2020) during a pest scare.", "The rule (tulip import ban, 2020) hit small importers hardest."],
    "merger-pair": ["The two networks joined forces (Interflora and FTD, 2006) under one owner.", "A transatlantic deal (Interflora and FTD, 2006) created a larger wire service."],
    "merger-named": ["The auction became one cooperative (Royal FloraHolland merger, 2008) after years of talks.", "Growers' fees changed after the (Royal FloraHolland merger, 2008)."],
    "acquisition-pair": ["{B} expanded into Europe (Bloom & Wild and Bergamotte, 2020) through a takeover.", "A French rival was bought (Bloom & Wild and Bergamotte, 2020) to enter France."],
    "takeover-pair": ["The card firm moved into experiences (Moonpig and Buyagift, 2022) with a purchase.", "Investors questioned the deal (Moonpig and Buyagift, 2022) at the time."],
    "first-order-year": ["The wire service began with a telegraph (first Interflora order, 1908).", "Interflora's history page celebrates its start (first Interflora order, 1908)."],
    "auction-opening-year": ["The clock auction began in a café (Aalsmeer auction, 1912).", "Dutch flower trading has deep roots (Aalsmeer auction, 1912)."],
    "first-export-year": ["Kenya's trade began with a few farms (first Kenyan roses, 1969) near Nairobi.", "Exports started small (first Kenyan roses, 1969) and grew fast."],
    "market-opening-year": ["East London's Sunday market is old (Columbia Road market, 1869) and still busy.", "{B} began as a stall (Columbia Road market, 1869) before going online."],
    "bubble-year": ["Speculation in bulbs is not new (tulip mania, 1637).", "Some analysts compare crypto to the Dutch bulb craze (tulip mania, 1637)."],
    "disruption-year": ["Flights were grounded for days (Eyjafjallajökull ash cloud, 2010), and Kenyan roses were dumped.", "Air freight stopped (Eyjafjallajökull ash cloud, 2010) and growers lost millions."],
    "shortage-year": ["Red roses ran short before the holiday (Valentine's shortage, 2023).", "Prices spiked for {fl} (Valentine's shortage, 2023) across Europe."],
    "pandemic-year": ["Growers destroyed millions of stems (COVID-19 dumping, 2020) when auctions closed.", "Images of destroyed tulips (COVID-19 dumping, 2020) spread on social media."],
    "film-year": ["The dressmaker's house is full of flowers (Phantom Thread, 2017).", "Florists cite the film (Phantom Thread, 2017) as a mood board for winter weddings."],
    "series-year": ["Competitive floristry reached streaming (The Big Flower Fight, 2020).", "Interest in sculptural designs grew after the show (The Big Flower Fight, 2020)."],
    "drama-year": ["Regency weddings became a trend (Bridgerton, 2020) with wisteria arches.", "{B} launched a period-drama bouquet (Bridgerton, 2020) for brides."],
    "price-year": ["A typical gift costs about £35 a bouquet (2024) online.", "Customers pay roughly £{n} for a large arrangement (2024 prices)."],
    "volume-year": ["The auction traded about 12 billion stems (2023) last year.", "Kenya exported over {n} million kilograms of flowers ({Y3} figures)."],
    "figure-stems": ["A single grower handled the count (2022 stems) for the whole season.", "The farm shipped a record number of roses (2022 stems) in one week."],
    "slogan-say": ["The old wire-service line “Say it with flowers” still shapes florists' ads.", "{B} revived the slogan 'Say it with flowers' for {pk}."],
    "saying-smell": ["The campaign asked busy commuters to ‘Stop and smell the roses’.", "A saying (“Stop and smell the roses”) ran on the app's splash screen."],
    "slogan-letterbox": ["{B}'s tagline ‘Letterbox happiness’ was used on every box.", "The promise of “Letterbox happiness” appears on the delivery sleeve."],
    "hashtag-year": ["The campaign used a hashtag (#BritishFlowersWeek, 2013) each June.", "Growers joined the movement (#BritishFlowersWeek, 2013) on Instagram."],
    "variety-breeder": ["The spray rose (‘Lovely Lydia’, a Dümmen Orange variety) is popular with wedding florists.", "{B} grows a breeder's variety (‘Red Naomi’, Schreurs) for export."],
    "cultivar-code": ["The carnation (cv. ‘Don Pedro’, {Y}) is grown mainly in Colombia.", "A new gerbera (cv. ‘Pasta’, {Y3}) was trialled in Ecuador."],
    "awareness-week-year": ["The trade body runs an annual week (British Flowers Week, 2013) to promote local stems.", "{B} joined the campaign (British Flowers Week, 2013) with a pop-up shop."],
    "boycott-year": ["Campaigners called for a boycott (Valentine's roses boycott, 2007) over air miles.", "Air-mile fears led to calls to avoid roses (Valentine's roses boycott, 2007)."],
    "holiday-japan-year": ["Japanese florists sell carnations for the holiday (Haha no Hi, 1949) every May.", "Demand for flowers peaks at Obon and on (Haha no Hi, 1949)."],
    "ikebana-school-year": ["Ikebana has formal schools (Sōgetsu school, 1927) with their own styles.", "{B}'s designers trained in a modern school (Sōgetsu school, 1927)."],
    "tax-year": ["Colombian growers welcomed the trade deal (US–Colombia FTA, 2012) that cut duties.", "Duty-free access (US–Colombia FTA, 2012) helped carnation exports."],
    "event-year": ["The royal wedding set a trend for green bouquets (royal wedding, 2011).", "Lily of the valley sold out after the ceremony (royal wedding, 2011)."],
    "store-year": ["The supermarket started selling flowers in every store (Tesco flowers, 1990s), its press office says.", "Discounters entered the market late (Aldi flowers, 2014) with low-priced bunches."],
    "survey-sample": ["Most respondents (n = {n}) had bought flowers in the last month.", "Half of the customers interviewed (n = {n}, {Y3}) preferred letterbox boxes."],
    "appendix-figure": ["The customer journey is mapped in the appendix (Appendix {q}, Figure {q}).", "See the SWOT (Table {q}) for {B}'s weaknesses."],
    "quarter-year": ["Sales rose sharply before {pk} (Q1 {Y3}).", "Subscriptions fell after the holiday (Q{q}, {Y3})."],
}  # fmt: skip
