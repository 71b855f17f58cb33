"""The blind316 pool's prose: marketers at Swiss and German watchmakers, jewellers, watch retailers, pre-owned
platforms, auction houses and luxury groups writing CIM Level 6 and 7 reports and MBA assignments in English.

Its frames write about heritage, scarcity, pricing, grey markets, certified pre-owned, brand ambassadors and
digital channels; its decoys are the brackets, years, prices and mottos this trade writes that cite nothing:
models with launch years, houses with founding years, crises, fairs, ordinances and seals, auction records, people,
places, prizes, tariffs and deals. Written without reading the checker, its tests or any other pool. Own fill
values: {W} a watch model, {Y3} a recent year, {chf} a sum in francs, {pc} a percentage, {city} a city, {ch} a
channel, {mkt} a market.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Rolex", "Patek Philippe", "Audemars Piguet", "Vacheron Constantin", "Omega", "Swatch", "TAG Heuer",
          "Breitling", "Longines", "Tissot", "A. Lange & Söhne", "Glashütte Original", "Nomos Glashütte", "Chopard",
          "Cartier", "Watches of Switzerland", "Chrono24", "WatchBox", "Phillips", "Christie's", "Bucherer", "Wempe",
          "IWC Schaffhausen", "Jaeger-LeCoultre", "Hublot", "Tudor", "Oris", "Frederique Constant", "Mayors",
          "Goldsmiths", "The Hour Glass", "Swiss Watch Gallery"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """The fill values only this pool's frames use, drawn after the common ones."""
    return {
        "W": rng.choice(["Submariner", "Daytona", "Nautilus", "Aquanaut", "Royal Oak", "Overseas", "Speedmaster",
                         "Seamaster", "Carrera", "Navitimer", "PRX", "Lange 1", "Tangente", "Santos", "Black Bay",
                         "Big Bang", "Luminor", "Reverso", "Portugieser", "Happy Sport"]),
        "Y3": str(rng.randint(2019, 2025)),
        "chf": rng.choice(["4,950", "7,300", "9,100", "12,400", "18,900", "28,500", "35,000", "64,000", "112,000"]),
        "pc": str(rng.randint(4, 71)),
        "city": rng.choice(["Geneva", "Zürich", "Lucerne", "Munich", "Hamburg", "London", "Paris", "Milan",
                            "New York", "Hong Kong", "Singapore", "Dubai", "Interlaken"]),
        "ch": rng.choice(["Instagram", "WeChat", "Xiaohongshu", "YouTube", "the brand's app", "email", "LinkedIn",
                          "TikTok", "the boutique CRM", "paid search", "WhatsApp clienteling"]),
        "mkt": rng.choice(["the United States", "mainland China", "Hong Kong", "Japan", "the UK", "Singapore",
                           "Germany", "the Gulf states"]),
    }  # fmt: skip


NARRATIVE_START = [
    "{N} argued that {C}.",
    "{N} found that {C}, although most of their respondents lived in {city}.",
    "{N} showed that {C}, which is directly relevant to {B}.",
    "{N} concluded that {C}.",
    "{N} traced the brand's heritage back to the Jura and argued that {C}.",
    "{N} interviewed collectors in {city} and reported that {C}.",
    "{N} suggested that {C}; the {W} is the obvious example.",
    "{N} warned that {C} once the grey market settles.",
    "{N} made the point that {C}.",
    "{N} distinguished between heritage and history, noting that {C}.",
    "{N} measured resale premiums on {n} references and found that {C}.",
    "{N} observed that {C}, especially in {mkt}.",
    "{N} described luxury as the business of rarity and claimed that {C}.",
    "{N} questioned whether {C}.",
    "{N} pointed out that {C} – a lesson {B} learned after the quartz crisis.",
    "{N} reported that around {pc}% of buyers in {mkt} had bought a pre-owned watch, and that {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "As {N} argued, {C}.",
    "{O}, {N} found that {C}.",
    "This is consistent with {N}, who showed that {C}.",
    "{C}, as {N} pointed out.",
    "{C} – a view shared by {N}.",
    "In their study of Swiss maisons, {N} concluded that {C}.",
    "For {B}, the lesson from {N} is that {C}.",
    "Research by {N} suggests that {C}.",
    "A survey by {N} found that {C}.",
    "{C}; however, {N} found the opposite among younger buyers in {mkt}.",
    "Drawing on {N}, this report argues that {C}.",
    "The data published by {N} show that {C}.",
    "Writing about {B}, {N} noted that {C}.",
    "This mirrors what {N} found in {city}: {C}.",
    "Following {N}, it could be argued that {C}.",
    "{O}, the analysis by {N} indicates that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study of collectors shows that {C}.",
    "{O}, {N} framework helps explain why {C}.",
    "{N} anti-laws of marketing imply that {C}.",
    "According to {N} figures, {C}.",
    "{B} could apply {N} model, since {C}.",
    "{N} findings matter here because {C}.",
    "This supports {N} argument that {C}.",
    "{N} analysis of {mkt} suggests that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.",
    "{O}, {C} {P}.",
    "Research shows that {C} {P}.",
    "{B} is no exception, since {C} {P}.",
    "In {mkt}, {C} {P}.",
    "This matters for {B} because {C} {P}.",
    "It is often argued that {C} {P:see}.",
    "Several studies report that {C} {P:e.g.}.",
    "{C}, particularly for steel sports models such as the {W} {P}.",
    "Swiss watch exports reached a record before falling back as demand in {mkt} weakened {P}.",
    "The certified pre-owned market is growing faster than the market for new watches {P}.",
    "{C} {P:see also}.",
    "Put simply, {C} {P}.",
    "A key point for {B} is that {C} {P}.",
    "{C}. {P}",
    "Heritage, scarcity and craftsmanship remain the core of Swiss luxury positioning {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.",
    "{C} {P}, but {C2}.",
    "{C} {P}; {C2}.",
    "Although {C} {P}, {C2}.",
    "While {C} {P}, it is also true that {C2}.",
    "Because {C} {P}, {B} should make sure that {C2}.",
    "Some authors {P:e.g.} argue that {C}.",
    "{O}, {C} {P}, so {C2}.",
    "Three forces shape the market – scarcity, the secondary market {P} and digital clienteling – and {C}.",
]  # fmt: skip
CLAIMS = [
    "waiting lists create desire only as long as buyers believe they will one day be served",
    "{B} gains more from controlled scarcity than from higher production",
    "certified pre-owned programmes protect brand equity against the grey market",
    "grey-market prices for the {W} fell sharply once supply caught up",
    "younger buyers in {mkt} discover watches first on {ch}",
    "heritage storytelling justifies price premiums only when it is backed by real craftsmanship",
    "brand ambassadors work best when they share the values of the house rather than simply its audience",
    "Swiss made still signals quality to buyers in {mkt}",
    "price increases of {pc}% a year have not reduced demand for the most desired references",
    "independent retailers lose margin when brands take distribution in-house",
    "online platforms have made watch prices far more transparent",
    "auction records shape how collectors value a whole brand",
    "a strong franc squeezes the margins of mid-priced Swiss brands more than those of the leaders",
    "clienteling through {ch} turns one-off buyers into repeat clients",
    "limited editions lift the desirability of a brand's core collection",
    "smartwatches have taken the entry-level market away from traditional Swiss brands",
    "German watchmakers from Glashütte compete on engineering rather than on heritage",
    "luxury buyers in {city} expect a boutique experience that no website can copy",
    "digital channels should support the boutique rather than replace it",
    "scarcity loses its power once buyers suspect it is artificial",
]  # fmt: skip
OPENERS = ["Furthermore", "However", "In addition", "For {B}", "In the case of {B}", "In {mkt}", "Since the pandemic",
           "From a collector's perspective", "Nevertheless", "As a result", "In the pre-owned market",
           "Looking at {B}'s competitors", "At the top of the market", "In contrast", "Overall",
           "Within the Swiss watch industry", "For independent retailers"]  # fmt: skip
PLAIN = [
    "{B} sells through its own boutiques, a network of authorised dealers and, since {Y3}, a certified pre-owned programme.",
    "This report analyses {B}'s marketing environment and makes recommendations for the next three years.",
    "The table below compares the main competitors on price, distribution and digital presence.",
    "{B}'s Instagram account has over {n}k followers, but few posts mention the retail partners.",
    "A PESTLE analysis of the Swiss watch industry is included in the appendix.",
    "{O}, {C}.",
    "The {W} is the brand's best-known model and the one most often discussed by collectors.",
    "Customers can book a boutique appointment online or through WhatsApp.",
    "Task 2 builds on this by proposing a digital clienteling plan for the boutiques in {city}.",
    "The main competitors are {B} and two independent watchmakers.",
    "The recommendations are costed in Swiss francs and phased over eighteen months.",
    "Interviews were held with four sales associates and two collectors.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.",
    "As one luxury text puts it, {Q} {P}.",
    "The point is made plainly: {Q} {P}.",
    "{B} appears to accept that {Q} {P}.",
    "For a maison like {B}, the warning is clear: {Q} {P}.",
    "{N} put it bluntly: {Q}.",
    "One study of collectors concluded that {Q} {P}.",
]  # fmt: skip
SCARE_QUOTES = ["‘quiet luxury’", "‘flipping’", "‘hype watches’", "‘the list’", "‘unworn’", "‘box and papers’",
                "‘full set’", "'Swissness'", "“investment piece”", "‘watch fam’", "'grail watch'", "‘tool watch’",
                "‘neo-vintage’", "‘allocation’"]  # fmt: skip
SCARE_FRAMES = [
    "Dealers now talk openly about {Q} {P}.",
    "{B} has been criticised for its {Q} culture {P}.",
    "So-called {Q} is a growing concern for authorised dealers {P}.",
    "What collectors call {Q} adds a premium on the secondary market {P}.",
    "The term {Q} is used loosely in the trade {P}.",
    "Younger buyers see a watch as an {Q} rather than a tool {P}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Your {W} is ready for collection’", "‘An invitation to our private viewing in {city}’",
                 "“New arrivals: certified pre-owned, fully serviced”", "‘Watches and Wonders: the novelties in brief’",
                 "‘Last chance to register for the {city} auction’", "“Your watch's service is due”",
                 "‘Meet the watchmaker: an evening in {city}’", "‘Pre-owned {W}: just in’"]  # fmt: skip
SUBJECT_FRAMES = [
    "An email headed {Q} had the highest open rate of the year {P}.",
    "{B} sent {Q} to clients on its waiting list {P}.",
    "Messages like {Q} work because they feel personal {P}.",
    "A subject line such as {Q} suits the discreet tone luxury buyers expect {P}.",
    "Testing {Q} against a plainer version showed a clear winner {P}.",
]  # fmt: skip

# Text that looks like a citation and is none: launch years, founding years, events, rules, auction records,
# people, places, prizes, tariffs, deals, mottos and figures. Each kind maps to frames filled with the common values.
NOT_CITATIONS = {
    "watch-launch-bracket": [
        "Its best-known steel sports watch (Nautilus, 1976) now trades far above its list price.",
        "The octagonal bezel (Royal Oak, 1972) is still the brand's signature.",
        "Demand for the diver (Submariner, 1953) has never really fallen.",
    ],
    "moonwatch-launch": [
        "The chronograph worn on the Moon (Speedmaster, 1957) anchors Omega's heritage storytelling.",
        "Omega's most famous chronograph (Speedmaster Professional, 1965) is still made in Biel.",
    ],
    "swatch-launch": [
        "The plastic watch that saved the industry (Swatch, 1983) sold millions in its first years.",
        "Queues formed outside stores for the bioceramic collaboration (MoonSwatch, 2022).",
        "The collaboration with Blancpain (Scuba Fifty Fathoms, 2023) repeated the trick.",
    ],
    "model-year-narrative": [
        "Jaeger-LeCoultre's Reverso (1931) was designed for polo players.",
        "Cartier's Santos (1904) is often called the first modern wristwatch.",
        "Tissot's PRX (2021) revived a design from the 1970s.",
    ],
    "house-founding": [
        "The oldest maison in continuous operation (Vacheron Constantin, 1755) uses its age in every campaign.",
        "The Paris workshop (Breguet, 1775) invented much of what watchmakers still use.",
        "The oldest watch brand still trading (Blancpain, 1735) rebuilt itself after the quartz crisis.",
    ],
    "saxon-founding": [
        "Saxon watchmaking began with one workshop (Lange, 1845) and a group of apprentices.",
        "The Glashütte revival (Nomos, 1990) followed German reunification.",
    ],
    "retailer-founding": [
        "The Lucerne retailer (Bucherer, 1888) grew into the largest watch dealer in Europe.",
        "Hamburg's family jeweller (Wempe, 1878) still runs a workshop in Glashütte.",
    ],
    "quartz-crisis": [
        "Employment in the industry halved after the arrival of cheap quartz movements (quartz crisis, 1969).",
        "The first quartz wristwatch (Astron, 1969) came from Japan, not Switzerland.",
    ],
    "moon-landing": [
        "Omega still builds campaigns around the landing (Apollo 11, 1969).",
        "The watch's space history (flight-qualified, March 1965) is central to the story.",
    ],
    "franc-shock": [
        "Swiss brands lost margin overnight when the floor was removed (franc shock, 2015).",
        "Prices in euros were cut after the central bank's decision (15 January 2015).",
    ],
    "trade-fair-end": [
        "The last edition of the fair (Baselworld, 2019) was missing its biggest exhibitors.",
        "The Geneva salon began as an invitation-only event (SIHH, 1991).",
    ],
    "trade-fair-now": [
        "Most novelties are now launched in Geneva each spring (Watches and Wonders, 2023).",
        "The fair opened its doors to the public for the first time (Watches and Wonders, 2023).",
        "Hong Kong's trade fair (Hong Kong Watch & Clock Fair, 2019) was its last before the pandemic.",
    ],
    "swissness-rule": [
        "At least 60% of the production cost must now be Swiss (Swissness ordinance, 2017).",
        "The stricter rules (Swissness legislation, 2017) pushed some brands to move suppliers.",
    ],
    "swiss-made-ordinance": [
        "The label is protected by federal rules (Swiss made ordinance, 1971).",
        "The movement must be Swiss and cased in Switzerland (Swiss made ordinance, 1971, revised 2017).",
    ],
    "geneva-seal": [
        "Its movements carry the city's hallmark (Geneva Seal, 1886).",
        "The criteria were extended to the whole watch (Poinçon de Genève, 2012).",
    ],
    "chronometer-body": [
        "Every movement is tested by the official institute (COSC, 1973).",
        "The brand added a stricter magnetic test (METAS, 2015) to its chronometer certificate.",
    ],
    "in-house-standard": [
        "Rolex extended its own standard to the whole watch (Superlative Chronometer, 2015).",
        "Omega took the test further for its own movements (Master Chronometer, 2015).",
    ],
    "auction-lot": [
        "The most famous sale of the decade (Paul Newman Daytona, 2017) changed how collectors value steel chronographs.",
        "The record for a wristwatch (Grandmaster Chime, 2019) was set at a charity auction.",
    ],
    "auction-price": [
        "Paul Newman's own Daytona sold for $17.8 million (2017).",
        "The unique Grandmaster Chime fetched CHF 31 million (2019).",
        "A steel Nautilus made for charity reached €5.2 million (2021).",
    ],
    "charity-sale": [
        "The biennial charity sale (Only Watch, 2021) raised record sums for research.",
        "The charity auction was postponed and then cancelled (Only Watch, 2023).",
    ],
    "founder-year": [
        "Rolex was registered as a name (Hans Wilsdorf, 1908) before the company moved to Geneva.",
        "The tourbillon was patented in Paris (Abraham-Louis Breguet, 1801).",
        "The firm was founded in London (Hans Wilsdorf, 1905) and moved to Geneva later.",
    ],
    "executive-year": [
        "The merger that created the group (Nicolas Hayek, 1985) is still taught as a turnaround case.",
        "Hublot's revival began with a new chief executive (Jean-Claude Biver, 2004).",
    ],
    "designer-year": [
        "Gérald Genta (1972) designed the Royal Oak in a single night, or so the story goes.",
        "The same designer, Gérald Genta (1976), drew the Nautilus on a napkin in a hotel restaurant.",
    ],
    "unesco-town": [
        "The watchmaking towns were listed as a World Heritage site (La Chaux-de-Fonds, 2009).",
        "Tourists now visit the factories of the town (Le Locle, 2009) as part of the heritage trail.",
    ],
    "valley-year": [
        "Watchmaking in the valley (Vallée de Joux, 1740) began as winter work on farms.",
        "The Saxon town (Glashütte, 1845) became Germany's watchmaking centre.",
    ],
    "prize-year": [
        "The brand won the top prize in Geneva (GPHG, 2022) for its perpetual calendar.",
        "Its chronograph took the main award (Aiguille d'Or, 2021), which helped sales in {mkt}.",
    ],
    "ambassador-year": [
        "The tennis partnership (Roger Federer, 2006) remains the brand's most valuable.",
        "Its first Asian ambassador (Tony Leung, 2017) was chosen for the Hong Kong market.",
    ],
    "film-year": [
        "Omega replaced Rolex on screen (James Bond, 1995).",
        "The product placement (GoldenEye, 1995) began one of the longest partnerships in film.",
    ],
    "olympic-timing": [
        "The brand has timed the Games since the Los Angeles Olympics (1932).",
        "Longines timed the first modern Winter Games (Chamonix, 1924).",
    ],
    "tariff-year": [
        "Exports to the United States fell after the new duty (39% tariff, 2025).",
        "Swiss watches faced an unexpected levy (US reciprocal tariff, 2025) that brands partly passed on.",
    ],
    "takeover-year": [
        "The Geneva group bought the German houses (Richemont takeover, 2000).",
        "The Lucerne retailer changed hands (Bucherer acquisition, 2023) in a deal that surprised the trade.",
        "LVMH bought TAG Heuer (LVMH deal, 1999) and later Hublot and Zenith.",
    ],
    "motto": [
        "The tagline ‘You never actually own a Patek Philippe’ has run since 1996.",
        "Rolex still uses the line ‘A crown for every achievement’ in its sports sponsorship.",
        "TAG Heuer's ‘Don't crack under pressure’ is one of the industry's best-known slogans.",
    ],
    "exports-figure": [
        "Shipments to Hong Kong were down by a fifth (2023 exports).",
        "The United States became the largest market ({Y3} exports: CHF 4.{q} billion).",
        "Watches are Switzerland's third-largest export ({Y3} figures).",
    ],
    "reference-number": [
        "The steel model was discontinued (ref. 5711/1A) and prices jumped overnight.",
        "The green-bezel version (ref. 126610LV) is the most requested at {city} boutiques.",
    ],
    "calibre-year": [
        "The new movement (calibre 3235, 2015) has a 70-hour power reserve.",
        "Omega reissued its historic movement (Calibre 321, 2019) for collectors.",
    ],
    "limited-edition": [
        "The anniversary model was limited (250 pieces, {Y3}) and sold out in minutes.",
        "Only a few watches were made (edition of 99, 2021) for the Asian market.",
    ],
    "list-price": [
        "The entry model is priced below its rivals (CHF {chf}).",
        "The {W} rose to a list price of CHF {chf} after the increase ({Y3} price list).",
    ],
    "currency-conversion": [
        "Prices in Hong Kong were lower once converted (HKD 1 = CHF 0.11).",
        "The grey-market discount is larger in dollars (USD 1 = CHF 0.{q}9).",
    ],
    "tariff-code": [
        "Wristwatches are declared under their customs heading (HS 9102).",
        "Precious-metal watches fall under a different heading (tariff number 9101.21, {Y3}).",
    ],
    "iso-standard": [
        "A true dive watch must meet the international standard (ISO 6425:2018).",
        "The brand's watches are certified anti-magnetic (ISO 764).",
    ],
    "swiss-law-article": [
        "Misuse of the Swiss cross is an offence (Art. 64 TmSchG).",
        "The indication of source is protected by law (Art. 48c TmSchG, 2017).",
    ],
    "waiting-time": [
        "Clients report long waits for steel models (3–5 years, {city} boutiques).",
        "The waiting list for the {W} has shortened (from 24 to 6 months, {Y3}).",
    ],
    "production-run": [
        "The first series was short-lived (produced 1969–1975).",
        "The earlier reference is sought after by collectors (ref. 16610, 1988–2010).",
    ],
    "market-share-year": [
        "Rolex dominates the market (about 30% share, {Y3}).",
        "The four largest groups hold most of the market (over {pc}% of sales, {Y3}).",
    ],
    "boutique-opening": [
        "The flagship in Singapore (ION Orchard, 2009) was the brand's first in South-East Asia.",
        "The London flagship (Regent Street, {Y3}) includes a certified pre-owned floor.",
    ],
    "lockdown-dates": [
        "All boutiques closed for eight weeks (lockdown, spring 2020).",
        "Sales in Hong Kong collapsed during the protests (June–December 2019).",
    ],
    "campaign-year": [
        "The print campaign of fathers and sons (Generations, 1996) set the tone for the category.",
        "The brand's first campaign with a film star ({B} x cinema, 2018) ran in {mkt} only.",
    ],
    "hashtag-handle": [
        "Collectors share their wrist shots under the tag (#watchfam).",
        "The brand answers questions on Instagram (@watchesandwonders) during the fair.",
    ],
    "survey-sample": [
        "Most respondents had bought at least one pre-owned watch (n = {n}, {city}).",
        "Younger buyers preferred online research (aged 25–34, n = {n}).",
    ],
    "service-interval": [
        "The brand recommends a full service at regular intervals (every 10 years).",
        "The warranty was extended for certified watches (5 years, since {Y3}).",
    ],
    "stock-index": [
        "The group's shares fell on the day of the results (SIX: UHR, –{q}%).",
        "Richemont's shares are listed in Zürich (SIX: CFR) and in Johannesburg.",
    ],
}  # fmt: skip
