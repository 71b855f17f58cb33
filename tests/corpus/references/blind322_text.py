"""Prose for the "blind322" pool: marketers at fishing-tackle and outdoor brands, fly-fishing lodges and guides, angling
clubs and licence bodies, boat builders, marinas, sailing schools and regattas, and coastal and river tourism bodies
in Scotland, Ireland, Norway, Sweden, Iceland, Canada, New Zealand and Argentina, writing CIM Level 6 and 7 reports and
MBA assignments in English on licences and participation, conservation, tackle retail, tourism and digital channels.

Written without reading the checker, its tests or any other pool. ``{N}``, ``{P}``, ``{Q}``, ``{C}``, ``{B}`` and
``{O}`` mean what they mean in text.py; the frames also use the common fill values and these of the pool's own:
{riv} a salmon or trout river, {loch} a loch, lough or lake, {fly} a fly pattern, {lodge} a lodge or fishery,
{pc} a percentage's number, {Y3} a recent year, {price} a price's number, {sp} a species, {port} a harbour or marina,
{race} a regatta or race, {mo} a month.

NOT_CITATIONS holds text with brackets, names, years and quotation marks that no tutor would expect in the reference
list: record fish, anglers, sailors and skippers with years, flies, lures and knots, regattas and races, laws, bans
and quotas, boats and yards, outbreaks and spills, rivers and beats, films and books as things rather than sources,
prices, licences, sayings, seasons, species with their naming authority, kit specifications and the rest.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Hardy", "Orvis", "Shimano", "Daiwa", "Abu Garcia", "Pure Fishing", "Fox International", "Savage Gear",
          "Simms", "Loop Tackle", "Sage", "Beneteau", "Hallberg-Rassy", "Nimbus", "the Angling Trust",
          "Fisheries Management Scotland", "Inland Fisheries Ireland", "the RYA", "Cowes Week", "SailGP",
          "Fishing New Zealand", "Patagonia River Guides"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """The fill values only this pool's frames use."""
    return {
        "riv": rng.choice(["the Tweed", "the Spey", "the Tay", "the Dee", "the Moy", "the Blackwater", "the Alta",
                           "the Gaula", "the Mörrum", "the Laxá í Aðaldal", "the Miramichi", "the Margaree",
                           "the Tongariro", "the Mataura", "the Río Grande", "the Limay"]),
        "loch": rng.choice(["Loch Lomond", "Loch Leven", "Lough Corrib", "Lough Mask", "Lake Taupō", "Þingvallavatn",
                            "Lake Vänern", "Lago Strobel"]),
        "fly": rng.choice(["Stoat's Tail", "Cascade", "Willie Gunn", "Green Highlander", "Klinkhamer", "Collie Dog",
                           "Adams", "Woolly Bugger", "Hare's Ear"]),
        "lodge": rng.choice(["Laxá Lodge", "Tierra del Fuego Lodge", "Tongariro Lodge", "Delphi Fishery",
                             "Ballynahinch Castle", "Gaula Lodge", "Kau Tapen", "Grimsey fishing camp"]),
        "pc": str(rng.randint(4, 78)), "Y3": str(rng.randint(2019, 2025)), "price": str(rng.randint(35, 650)),
        "sp": rng.choice(["Atlantic salmon", "sea trout", "brown trout", "grayling", "pike", "striped bass",
                          "rainbow trout", "Arctic char", "brook trout"]),
        "port": rng.choice(["Largs Yacht Haven", "Kinsale", "Dún Laoghaire", "Bergen", "Marstrand", "Halifax",
                            "Auckland's Viaduct Harbour", "Cowes", "Oban"]),
        "race": rng.choice(["Cowes Week", "the Fastnet", "the Round the Island Race", "the Volvo Dún Laoghaire Regatta",
                            "the Gotland Runt", "Tjörn Runt", "the Coutts Quarter Ton Cup", "SailGP Auckland"]),
        "mo": rng.choice(["February", "March", "April", "May", "June", "August", "September", "October"]),
    }  # fmt: skip


NARRATIVE_START = [
    "{N} argued that {C}.", "{N} found that {C}, although the sample was limited to club members.",
    "{N} concluded that {C}; this matters for {B}.", "{N} showed that {C}, particularly on rivers like {riv}.",
    "{N} reported that {C}.", "{N} suggested that {C}, a view shared by many ghillies.",
    "{N} identified three reasons anglers lapse – cost, time and access – and showed that {C}.",
    "{N} warned that {C} unless licence prices are frozen.", "{N} makes the point that {C}.",
    "{N} found a similar pattern in {sp} fisheries: {C}.", "{N} noted that, since {Y}, {C}.",
    "{N} surveyed {n} boat owners and found that {C}.", "{N} question whether {C}.",
    "{N} describes how {C}.", "{N} estimated that {C} across the Nordic countries.",
]  # fmt: skip
NARRATIVE_MID = [
    "{O}, {N} argued that {C}.", "This is consistent with {N}, who found that {C}.",
    "{C}, which supports the findings of {N}.", "As {N} point out, {C}.", "According to {N}, {C}.",
    "Research on {riv} by {N} suggests that {C}.", "{C} – a view shared by {N}.",
    "{B} appears to have learned from {N}: {C}.", "Data from {N} show that {C}.",
    "In their study of lodges in Iceland and Norway, {N} found that {C}.",
    "{C}; however, {N} found the opposite for sailing schools.", "It could be argued, following {N}, that {C}.",
    "For {B}, the lesson from {N} is that {C}.", "{C}, as {N} observed among {A}.",
    "Evidence from {N} suggests that, for {A}, {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} survey found that {C}.", "Using {N} segmentation, it is clear that {C}.",
    "{O}, {N} report concluded that {C}.", "{B} could apply {N} model, since {C}.",
    "{N} findings are useful here because {C}.", "This reflects {N} argument that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "Research shows that {C} {P}.", "{B} is no exception, since {C} {P}.",
    "For {A}, {C} {P}.", "This matters because {C} {P}.", "{C}, especially on {riv} {P}.",
    "It is often claimed that {C} {P:see}.", "Several studies report that {C} {P:e.g.}.", "In short, {C} {P}.",
    "{C}, which is why {B} invests in {T} {P}.", "Licence data confirm this – {C} {P}.",
    "A key point for {B} is that {C} {P}.", "{C} {P:see also}.", "{C}. {P}",
    "Anglers on {loch} are no different: {C} {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, but {C2}.", "{C} {P}; {C2}.", "While {C} {P}, {C2}.",
    "Although {C} {P}, it is also true that {C2}.", "{B} has found that {C} {P} – and {C2}.",
    "{C} {P:see}, whereas {C2}.", "Because {C} {P}, {B} should make sure that {C2}.", "Studies {P} agree that {C}.",
    "{O}, {C} {P}, so {C2}.",
]  # fmt: skip
CLAIMS = [
    "licence sales rise when the first day's fishing is free", "{A} are more likely to trust guides than brand adverts",
    "most lapsed anglers stop within two years of buying their first licence",
    "catch and release is now expected by visiting anglers on {riv}",
    "{B}'s reliance on dealers leaves it exposed as tackle sales move online",
    "women are the fastest-growing group of new anglers", "{T} improved {R} among members of angling clubs",
    "sailing schools lose most of their trainees after the first course",
    "boat buyers spend months researching online before they visit a dealer",
    "fly-fishing tourists spend far more per day than other rural visitors",
    "conservation messages raise willingness to pay for a rod day", "declining salmon runs hurt lodge bookings",
    "younger anglers discover the sport through YouTube rather than clubs",
    "marina customers value service more than berth price", "regatta sponsors want measurable reach, not only logos",
    "around {pc}% of licence holders fish fewer than five days a year",
    "premium tackle brands depend on heritage to justify their prices",
    "{A} respond better to user reviews than to brand claims", "charter skippers fill quiet weeks through social media",
    "the cost of living has made {A} more price-sensitive",
]  # fmt: skip
OPENERS = [
    "Furthermore", "In addition", "On the other hand", "For example", "In Scotland", "In Norway and Iceland",
    "For {B}'s marketing team", "Since the pandemic", "In the context of {B}", "Nevertheless", "As a result",
    "On Canadian rivers", "In New Zealand", "In Patagonia", "Overall", "Within the tackle trade",
]  # fmt: skip
PLAIN = [
    "{B} sells through dealers, its own website and Amazon.",
    "This section analyses {B}'s digital channels and makes recommendations for the {Y3} season.",
    "The table below summarises the key performance indicators for each channel.",
    "{B}'s Instagram account has over {n}k followers, but engagement is low outside the season.",
    "The recommendations are costed and phased over twelve months.", "{O}, {C}.",
    "A PESTLE analysis of the angling market is included in the appendix.",
    "The lodge takes eight rods a week from June to September.",
    "Most visiting anglers book through an agent rather than directly.",
    "The marina at {port} has {n} berths and a waiting list.",
    "Task 2 builds on this by proposing a content plan for the next season.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one marketing text puts it, {Q} {P}.", "This is summed up well: {Q} {P}.",
    "{B} appears to accept that {Q} {P}.", "{N} put it plainly: {Q}.", "{N} argued that {Q}, which {B} should note.",
    "One review of angler surveys concluded that {Q} {P}.",
]  # fmt: skip
SCARE_QUOTES = ["‘catch and release’", "‘heritage’", "‘bucket-list’ fishing", "‘authentic’", "‘blue space’",
                "‘lapsed angler’", "‘fishing tourism’", "'wild'", "“sustainable”", "‘sea to plate’", "'trophy'",
                "‘experiential’"]  # fmt: skip
SCARE_FRAMES = [
    "{B} sells what it calls {Q} experiences {P}.", "Many lodges now market {Q} as a selling point {P}.",
    "So-called {Q} marketing is spreading among tackle brands {P}.",
    "The term {Q} is used loosely in tourism brochures {P}.", "{N} was sceptical of {Q} claims in fishing tourism.",
]  # fmt: skip
SUBJECT_LINES = ["‘Your {Y3} licence is ready to renew’", "‘The {sp} are running – book your rod now’",
                 "“Last berths left for the summer”", "‘New in: the {fly} collection’",
                 "‘Free casting lesson with every rod this weekend’", "‘Tight lines from all of us at the lodge’",
                 "“Your season starts here”"]  # fmt: skip
SUBJECT_FRAMES = [
    "A subject line such as {Q} can lift open rates {P}.", "{B} used {Q} in its renewal email {P}.",
    "Messages like {Q} work because they create urgency {P}.",
    "Testing {Q} against a plainer version showed a clear winner {P}.",
]  # fmt: skip

# Text that looks like a citation and is none: a tutor would expect none of it in the reference list.
NOT_CITATIONS = {
    "record-fish-year": [
        "Hardy's heritage campaign still tells the story of Scotland's biggest rod-caught salmon (Tay record salmon, 1922).",
        "The 64 lb fish (Miss Ballantine, 1922) still tops every list of British records.",
        "Wye Valley tourism leans on its most famous fish (the Wye record, 1923) in its brochures.",
    ],
    "record-catch-sea": [
        "Nova Scotia charters still sell the legend of the giant tuna (record bluefin, 1979).",
        "Canadian skippers mention the world record (1,496 lb bluefin, 1979) in every listing.",
    ],
    "angler-year": [
        "The campaign featured the woman who caught the record fish (Georgina Ballantine, 1922).",
        "Orvis celebrates casting pioneers such as Joan Wulff (1951 champion) in its women's range.",
        "Simms' advertising drew on famous anglers (Joan Wulff, 1951) to reach women.",
    ],
    "historic-author-as-artefact": [
        "A first edition of The Compleat Angler (Walton, 1653) sold at auction for £{n},000 in {Y3}.",
        "The museum at the lodge displays a copy of the first fishing book printed in English (Berners, 1496).",
    ],
    "guide-year": [
        "Saltwater fly fishing in the Chesapeake was popularised by Lefty Kreh (1947 onwards).",
        "The lodge's head guide (on {riv} since {Y}) leads every hosted week.",
    ],
    "sailor-year": [
        "The RYA's youth campaign used a sailing heroine (Ellen MacArthur, 2005) as a role model.",
        "British sailing still trades on its first solo non-stop circumnavigation (Knox-Johnston, 1969).",
        "Cowes Week's poster recalled two great voyages (Chichester, 1967; Knox-Johnston, 1969).",
    ],
    "fly-pattern-year": [
        "The best seller in Orvis's fly range is still an American classic (Woolly Bugger, 1967).",
        "Dry-fly sales peak in June, led by the old favourites (Royal Wulff, 1930).",
        "The {fly} (tied on size 10 doubles) is the best-selling salmon fly in the shop.",
    ],
    "lure-year": [
        "Rapala's story begins with one carved lure (Rapala Original Floater, 1936).",
        "The spinner still sells in every tackle shop in Sweden (Mepps Aglia, 1938).",
    ],
    "knot-year": [
        "Videos showing a simple knot (Palomar knot, 1950s) get the most views on the channel.",
        "The guide's beginner card explains two knots (Palomar; improved clinch) and nothing more.",
    ],
    "regatta-founded": [
        "Sponsors are drawn by the event's long history (Cowes Week, 1826).",
        "SailGP borrows the prestige of the oldest trophy in sport (America's Cup, 1851).",
        "{race} (first held in {Y}) now streams every race on YouTube.",
    ],
    "race-disaster-year": [
        "Safety rules changed after the storm that struck the race (Fastnet, 1979).",
        "Insurers still point to the worst night in offshore racing (Fastnet 1979; Sydney–Hobart 1998).",
    ],
    "round-world-race": [
        "French brands sponsor solo racing because of its audience (Vendée Globe, 1989).",
        "The retro race recreates the first solo circumnavigation (Golden Globe Race, 1968).",
    ],
    "ban-closure-year": [
        "Scotland ended the killing of salmon in coastal nets (salmon netting ban, 2016).",
        "Anglers on {riv} must now return all hens (catch and release rule, 2015).",
        "Newfoundland's outports never recovered from the closure (cod moratorium, 1992).",
    ],
    "act-as-name": [
        "Rod licences in England are required by law (Salmon and Freshwater Fisheries Act, 1975).",
        "Scottish fishing rights are set out in statute (the Salmon and Freshwater Fisheries (Consolidation) (Scotland) Act 2003).",
        "Argentine provinces set their own fishing rules (Ley de Pesca Continental, 2003).",
    ],
    "cod-war": [
        "Icelandic pride in its fishing grounds dates back to the dispute with Britain (cod war, 1976).",
        "Hull's trawler fleet collapsed after the last dispute (third cod war, 1975–76).",
    ],
    "boat-model-year": [
        "The brand's reputation rests on one design (Hallberg-Rassy 42, 1981).",
        "Scandinavian buyers still ask for the classic hull (Nimbus 26, 1970s).",
        "The yard's best seller ({n} hulls sold since {Y}) is a 34-foot cruiser.",
    ],
    "famous-yacht": [
        "The boat that won the first solo race round the world is still sailing (Suhaili, 1968).",
        "The restored yacht (Gipsy Moth IV, 1967) drew crowds to the boat show.",
    ],
    "yard-history": [
        "French boatbuilding consolidated when the two yards joined (Jeanneau takeover, 1995).",
        "The Swedish yard (founded at Ellös in 1972) still builds every hull by hand.",
    ],
    "lice-outbreak": [
        "Wild sea trout numbers fell sharply on the west coast (sea lice outbreak, 2017).",
        "Norwegian farms were hit by a virus (ISA outbreak, 1998) that changed how they are regulated.",
    ],
    "parasite-year": [
        "Norwegian rivers were treated with rotenone after the parasite arrived (Gyrodactylus, 1975).",
        "Anglers visiting Norway must disinfect their kit (G. salaris, first found 1975).",
    ],
    "spill-year": [
        "Shetland's tourism brand took years to recover from the tanker disaster (Braer spill, 1993).",
        "Alaska's salmon marketing still avoids one event (Exxon Valdez, 1989).",
    ],
    "weather-year": [
        "Many Scottish rivers were too low to fish all summer (drought, 2018).",
        "The Cumbrian fisheries lost a season to the floods (Storm Desmond, 2015).",
        "Bookings fell when {riv} ran low (summer {Y}).",
    ],
    "river-year": [
        "Fishing on the Tweed has been regulated for a long time (River Tweed, 1857).",
        "Norway's most famous salmon river was first leased by British lords (Alta, 1862).",
        "Brown trout were introduced to New Zealand's rivers early on (Tongariro, 1880s).",
    ],
    "loch-year": [
        "Scotland's first national park includes the loch (Loch Lomond, 2002).",
        "Mayfly week on the lough is the lodge's busiest (Lough Corrib, May {Y3}).",
        "Rainbow trout were stocked in the lake long ago ({loch}, 1890s).",
    ],
    "film-year": [
        "US fly-fishing participation jumped after the film (A River Runs Through It, 1992).",
        "Scottish salmon fishing got a comic boost from cinema (Salmon Fishing in the Yemen, 2011).",
        "The film Salmo the Leaper (1977) is still shown at club dinners.",
    ],
    "book-as-story": [
        "Marlin fishing in Cuba is still sold with the story (The Old Man and the Sea, 1952).",
        "Angling nostalgia is built on the oldest English classic (The Compleat Angler, 1653).",
    ],
    "price-rod-day": [
        "A prime beat now costs £45 a rod day (2023) in spring, and far more in autumn.",
        "Icelandic rivers charge up to ISK {price},000 per rod per day ({Y3} season).",
        "Guided days on {riv} cost NZ${price} ({Y3} prices, lunch included).",
    ],
    "licence-count": [
        "The Environment Agency sold 1.2 million licences (2019), down from a decade earlier.",
        "Inland Fisheries Ireland issued {n},000 permits ({Y3}/{Y3} season) to visiting anglers.",
        "Rod licence sales rose during lockdown ({pc}% up on {Y}).",
    ],
    "saying": [
        "Every email from the shop signs off with ‘Tight lines’.",
        "The campaign played on the oldest joke in angling, ‘The one that got away’.",
        "Sailors' saying ‘Red sky at night, sailor's delight’ was printed on the T-shirts.",
    ],
    "catch-figure": [
        "Rod catches fell again on {riv} ({Y3} catch).",
        "The river's returns were better than expected (2021 catch: {n} salmon, {pc}% released).",
    ],
    "season-dates": [
        "The river opens early (season: 15 January–15 October).",
        "Bookings are strongest around the opening day (1 {mo}).",
    ],
    "beat-name": [
        "The most expensive fishing is on one famous beat (Junction Pool, Kelso).",
        "The lodge controls four beats (Beats 1–4, {riv}) and rotates rods daily.",
    ],
    "species-authority": [
        "The lodge's brochure gives every fish its Latin name (Salmo salar Linnaeus, 1758).",
        "Guides now tell clients about the native species they may catch (Salvelinus fontinalis, Mitchill 1814).",
    ],
    "tackle-spec": [
        "The starter kit is a single outfit (9 ft, #6, WF6F).",
        "Spey casters on {riv} mostly use long rods (15 ft, #10).",
        "Barbless hooks are required on the river (size 12 or smaller).",
    ],
    "boat-spec": [
        "The new model is aimed at couples (LOA 11.2 m, {Y3} model year).",
        "The charter fleet is made up of small cruisers (4 berths, 2 cabins, {n} hp).",
    ],
    "olympic-class": [
        "British sailing's success on the water (Tokyo 2020, 49er) helped recruitment.",
        "Youth clubs report more interest in the single-hander (ILCA 6, Paris 2024).",
    ],
    "league-season": [
        "SailGP's audience grew sharply (Season 4, 2023/24).",
        "Fan events at the grand prix (Auckland, {mo} {Y3}) sold out within days.",
    ],
    "award-year": [
        "The lodge won a trade award (Orvis-Endorsed Lodge of the Year, {Y3}).",
        "The yacht's launch was helped by an award (European Yacht of the Year, 2023).",
    ],
    "trade-show": [
        "Most new products are launched at the trade fair (EFTTEX, {Y3}).",
        "Dealers placed orders at the show (Southampton International Boat Show, September {Y3}).",
        "The Nordic brands exhibit in Germany every January (boot Düsseldorf {Y3}).",
    ],
    "brand-founded": [
        "Heritage is central to the brand (Hardy, est. 1872).",
        "Orvis's catalogue tells its story from the start (founded 1856, Manchester, Vermont).",
        "Abu Garcia's reels still carry the Swedish name (Ambassadeur 5000, 1954).",
    ],
    "patent-reel": [
        "The reel that made the firm's name is still made today (Perfect, patented 1891).",
        "Collectors pay high prices for early models (the Hardy Perfect, 1891–1920s).",
    ],
    "financial-year": [
        "Tackle sales fell after the pandemic boom (FY{Y3}: down {pc}%).",
        "The group's results were weaker (year to 31 March {Y3}).",
    ],
    "sample-size": [
        "Most members preferred email to post (n = {n} anglers).",
        "The survey was run at the club AGM ({mo} {Y3}; n = {n}).",
    ],
    "cross-reference": [
        "The channel plan is set out in full (see Appendix 3).",
        "Costs for each beat are shown in the budget (Table {q}, Section 4.{q}).",
    ],
    "handle-hashtag": [
        "The brand replies to questions on Instagram (@HardyFishing).",
        "The conservation push used one hashtag (#KeepEmWet) across every channel.",
        "Visitors share catches with the lodge's tag (#TightLinesIceland).",
    ],
    "abbreviation-body": [
        "Irish licences are sold online by the state agency (IFI).",
        "Canada's federal fisheries department (DFO) sets the rules on tidal waters.",
        "Sailing courses follow the national body's scheme (RYA Day Skipper).",
    ],
    "qualification": [
        "Every skipper holds a commercial ticket (RYA Yachtmaster Offshore).",
        "Club coaches are trained to a national standard (Level 2 Angling Coach).",
    ],
    "currency": [
        "Norwegian beats are priced in kroner (NOK {price},000 a week, about £{n}0).",
        "Argentine lodges quote prices in dollars (US${price} a day, {Y3}).",
    ],
    "tide-weather": [
        "The best sea trout fishing follows the big tides (spring tide, 5.2 m).",
        "Racing was cancelled on the second day (Beaufort 7, gusting 8).",
    ],
    "introduction-year": [
        "Patagonia's sea trout are not native (Río Grande, stocked 1935).",
        "Trout came to New Zealand with settlers (Taupō, 1880s), and anglers have followed ever since.",
    ],
    "iceland-river-season": [
        "The river's fishing is sold out years ahead (Laxá í Aðaldal, {Y3} season).",
        "Iceland's salmon rivers release most fish (Ytri-Rangá, {pc}% released in {Y3}).",
    ],
    "quota-limit": [
        "Anglers may keep very few fish (bag limit: 2 trout a day).",
        "The quota for the coastal stock was cut again (TAC {Y3}: {n},000 tonnes).",
    ],
    "campaign-year": [
        "The national body's recruitment drive ran again (‘Get Fishing’, {Y3}).",
        "The sailing federation's open weekends (‘Push the Boat Out’, {mo} {Y3}) drew new members.",
    ],
}  # fmt: skip
