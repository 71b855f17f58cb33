"""The blind210 pool's prose: marketers in Scotland's food, drink, tourism and creative industries.

Written without reading the checker, its tests or any other pool, from how candidates at whisky distilleries,
salmon and seafood firms, VisitScotland and the regional bodies, Edinburgh's festivals, Highland estates, island
ferry operators and Glasgow agencies, and the Scottish diaspora, write CIM Level 6 and 7 reports and MBA assignments:
British spelling, "whilst" and "amongst", Scots and Gaelic place names beside English ones, and brackets full of
whisky ages, founding years, Acts and asp numbers, festivals with years, postcodes, Munros and ferry times that are
no citations. ``{N}``, ``{P}``, ``{Q}``, ``{C}``, ``{O}``, ``{B}`` and the fill values mean what they mean in
text.py; ``values`` adds this pool's own: {dram} a whisky with its age, {isle} an island, {fest} a festival, {yy}
a year's last two digits, {pc} a percentage's number, {route} a ferry route, {pcode} a postcode.
"""

# ruff: noqa: E501  (frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["The Macallan", "Glenfiddich", "Talisker", "Laphroaig", "Ardbeg", "The Glenlivet", "Johnnie Walker",
          "Isle of Harris Gin", "Hendrick's", "BrewDog", "Irn-Bru", "Tunnock's", "Walkers Shortbread", "Baxters",
          "Mackie's", "Loch Duart", "Scottish Salmon Company", "Mowi", "CalMac", "VisitScotland", "Gleneagles",
          "Edinburgh Festival Fringe", "Edinburgh International Festival", "Celtic Connections", "Harris Tweed",
          "Johnstons of Elgin", "Arbikie", "Highland Park", "Atholl Estates", "Skye Fudge", "Dishoom Edinburgh",
          "Rock Rose Gin", "Eden Mill", "Innis & Gunn", "Stand Agency", "Loganair"]  # fmt: skip

_DRAMS = ["Macallan 18", "Glenfiddich 12", "Talisker 10", "Laphroaig 10", "Lagavulin 16", "Highland Park 12",
          "Glenmorangie 10", "Ardbeg 10", "Dalmore 15", "Oban 14", "Springbank 15", "Bowmore 18"]  # fmt: skip
_ISLES = ["Islay", "Skye", "Harris", "Mull", "Arran", "Orkney", "Shetland", "Barra", "Tiree", "Jura"]
_FESTS = ["the Edinburgh Festival Fringe", "Celtic Connections", "Edinburgh's Hogmanay", "the Royal National Mòd",
          "Fèis Ìle", "the Spirit of Speyside Whisky Festival", "HebCelt", "the Royal Highland Show",
          "Aberdeen Jazz Festival", "TRNSMT"]  # fmt: skip
_ROUTES = ["Oban – Craignure", "Ullapool – Stornoway", "Uig – Tarbert", "Kennacraig – Port Askaig", "Ardrossan – Brodick",
           "Aberdeen – Lerwick", "Mallaig – Armadale"]  # fmt: skip
_POSTCODES = ["IV2 3BL", "PA42 7EA", "KW15 1DH", "EH1 2NG", "G2 5EZ", "AB38 9PJ", "HS3 3DJ", "PH1 5RS", "IV55 8ZE"]


def values(rng: random.Random) -> dict[str, str]:
    """The fill values only this pool's frames use, drawn after the common ones."""
    return {
        "dram": rng.choice(_DRAMS), "isle": rng.choice(_ISLES), "fest": rng.choice(_FESTS),
        "yy": f"{rng.randint(15, 25):02d}", "pc": str(rng.randint(4, 78)), "route": rng.choice(_ROUTES),
        "pcode": rng.choice(_POSTCODES),
    }  # fmt: skip


NARRATIVE_START = [
    "{N} argued that {C}.", "{N} found that {C}, particularly amongst visitors from North America.",
    "{N} concluded that {C}; {B} would do well to take note.", "{N} suggests that {C}.",
    "{N} highlighted that {C}, which is directly relevant to {B}.", "{N} noted that {C} in the Highlands and Islands.",
    "{N} makes the case that {C}, whilst accepting that {C2}.", "{N} identified that {C} for {A}.",
    "{N} observed that, on {isle}, {C}.", "{N} states that {C}.", "{N} reported that {C} after {Y}.",
    "{N} warned that {C} if provenance claims cannot be backed up.", "{N} describes how {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "According to {N}, {C}.", "{O}, {N} found that {C}.", "This echoes {N}, who argued that {C}.",
    "{C}, as {N} pointed out.", "In their study of whisky tourism, {N} showed that {C}.",
    "Research by {N} suggests that {C}.", "{C} – a point also made by {N}.",
    "For {B}, the lesson from {N} is that {C}.", "As {N} explain, {C}.", "Work by {N} on Scottish food tourism shows that {C}.",
    "{C}; however, {N} found the opposite amongst {A}.", "Evidence from {N} indicates that {C}.",
    "It could be argued, following {N}, that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study of Speyside distilleries found that {C}.", "Applying {N} framework, it is clear that {C}.",
    "{O}, {N} report concluded that {C}.", "{N} findings matter for {B} because {C}.",
    "{B} could adopt {N} model, since {C}.", "This supports {N} argument that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "Research shows that {C} {P}.", "For {A}, {C} {P}.",
    "{B} is a good example, since {C} {P}.", "This matters for island businesses because {C} {P}.",
    "It is widely accepted that {C} {P:see}.", "Several Scottish studies report that {C} {P:e.g.}.",
    "{C}, especially outwith the central belt {P}.", "In short, {C} {P}.", "{C}. {P}",
    "Provenance, quality and story are what sell Scottish produce abroad {P}.", "{C} {P:see also}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, although {C2}.", "{C} {P}; {C2}.", "Whilst {C} {P}, {C2}.",
    "Because {C} {P}, {B} should ensure that {C2}.", "{C} {P:see}, whereas {C2}.", "Studies {P} agree that {C}.",
    "{O}, {C} {P}, so {C2}.",
]  # fmt: skip
CLAIMS = [
    "{A} will pay a premium for genuine Scottish provenance", "whisky tourism extends the season beyond the summer",
    "{T} works best when it tells the story of the place", "visitors to {isle} value authenticity over price",
    "{B} depends heavily on export markets in the US and Asia", "festival audiences are increasingly international",
    "Gaelic in packaging signals heritage to {A}", "ferry disruption damages the islands' tourism brand",
    "{A} now plan trips around food and drink experiences", "the salmon sector must answer concerns about sustainability",
    "{T} raises {R} among {A}", "small distilleries rely on their visitor centres for cash flow",
    "the diaspora is a loyal but ageing market for Scottish brands", "{A} respond to user reviews more than to brand claims",
    "overtourism on the North Coast 500 has hurt local goodwill", "{B} could use {T} to reach {A} in the winter months",
    "premium Scotch brands gain more from {T} than blended brands do", "Scottish consumers trust local produce more than imports",
]  # fmt: skip
OPENERS = [
    "Furthermore", "In addition", "However", "For {B}", "In the Scottish context", "Since the pandemic",
    "Outwith the main cities", "For the whisky industry", "In the Highlands and Islands", "Nevertheless",
    "From a visitor's perspective", "Looking at {B}'s competitors", "Overall", "Amongst island businesses", "Consequently",
]  # fmt: skip
PLAIN = [
    "{B} sells through its own website, its visitor centre and travel retail.",
    "This report analyses {B}'s position and makes recommendations for the next three years.",
    "The visitor centre on {isle} welcomed more guests than ever last summer.",
    "A PESTLE analysis of {B} is included in the appendix.", "{O}, {C}.",
    "The table below sets out the key performance indicators for each market.",
    "{B} employs most of its staff locally and sources its barley from the Black Isle.",
    "Task 2 builds on this analysis with a costed communications plan.",
    "The campaign ran across Instagram, YouTube and Scottish commercial radio.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one tourism text puts it, {Q} {P}.", "The point is made plainly: {Q} {P}.",
    "{O}, {Q} {P}.", "{B} appears to accept that {Q} {P}.", "{N} put it this way: {Q}.",
]  # fmt: skip
SCARE_QUOTES = ["‘tartan tat’", "‘Brand Scotland’", "‘set-jetting’", "‘whisky washing’", "‘slow tourism’",
                "‘the Outlander effect’", "‘premiumisation’", "‘authentic’", "'staycation'", "“heritage”",
                "‘field to glass’", "‘shortbread tin’ imagery"]  # fmt: skip
SCARE_FRAMES = [
    "Some visitors dismiss the shops on the Royal Mile as {Q} {P}.", "{B} has moved away from {Q} marketing {P}.",
    "So-called {Q} is a growing concern for island communities {P}.", "The industry talks loosely of {Q} {P}.",
    "Critics describe this as {Q}, and {B} is not immune {P}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Your Burns Night dram awaits’", "‘Sailings update: your {route} booking’",
                 "“Last chance for Fringe tickets”", "‘Slàinte! 15% off our {dram} this weekend’",
                 "‘Hogmanay on {isle}? Rooms still available’", "‘Meet the makers of {B}’",
                 "“The distillery shop is open again”"]  # fmt: skip
SUBJECT_FRAMES = [
    "An email headed {Q} had the highest open rate of the year {P}.", "{B} sent {Q} to lapsed customers {P}.",
    "Subject lines such as {Q} create urgency {P}.", "Testing {Q} against a plainer version showed a clear winner {P}.",
]  # fmt: skip

# Text with brackets, years and figures that is no citation and must raise no problem.
NOT_CITATIONS = {
    "whisky-age": ["{B} positions the {dram} (sherry cask) as its gifting hero.",
                   "The {dram} (43% ABV, 70cl) is the bottle most visitors buy in the shop.",
                   "Its core range starts with a 12-year-old (RRP £{n}) and ends with a 25-year-old."],
    "vintage": ["A single cask from a 1965 vintage (bottled {Y}) sold at auction for £{n},000.",
                "The distillery released a 1978 vintage (one of 200 bottles) to mark its anniversary."],
    "distillery-founded": ["Glenfiddich (1887) still trades on its founding family's story.",
                           "Lagavulin (est. 1816) and Laphroaig (1815) sit a mile apart on Islay.",
                           "Newer sites such as Kingsbarns (2014) market themselves on the visitor experience."],
    "asp-act": ["Pricing is set by the Alcohol (Minimum Pricing) (Scotland) Act 2012 (2012 asp 4).",
                "The Islands (Scotland) Act 2018 (asp 12) requires island impact assessments.",
                "Councils may now charge visitors under the Visitor Levy (Scotland) Act 2024 (asp 7)."],
    "minimum-unit-price": ["Minimum unit pricing (50p per unit) came into force in May 2018.",
                           "The minimum price rose to 65p per unit (from 30 September 2024).",
                           "A 70cl bottle of blended Scotch cannot sell below £{n}.{q}0 (40% ABV at 65p per unit)."],
    "festival-year": ["The Edinburgh Festival Fringe 2019 (3,841 shows) was its largest ever.",
                      "Celtic Connections 2020 (16 January to 2 February) sold {n},000 tickets.",
                      "Edinburgh's Hogmanay 2023 (the street party returned) drew visitors from {q}0 countries.",
                      "{fest} {Y} (its {q}0th edition) was sponsored by {B}."],
    "commonwealth-games": ["The Commonwealth Games 2014 (Glasgow) left a legacy of venues and volunteers.",
                           "Glasgow hosts the Commonwealth Games again (23 July to 2 August 2026)."],
    "football-club": ["Celtic (founded 1887) and Rangers (1872) dominate the Scottish Premiership.",
                      "Heart of Midlothian (1874) and Hibernian (1875) share the Edinburgh market.",
                      "{B} sponsors Aberdeen FC (est. 1903) and Inverness Caledonian Thistle (1994)."],
    "ferry-route": ["The {route} crossing (CalMac, 55 minutes) carries most of the island's visitors.",
                    "Visitors to {isle} rely on one route ({route}) in the winter."],
    "timetable": ["The summer timetable (30 March to 19 October {Y}) adds a late sailing.",
                  "Sailings leave at 07:45 and 13:10 (Monday to Saturday, winter {Y})."],
    "postcode": ["The visitor centre ({pcode}) is a short walk from the ferry terminal.",
                 "Deliveries outside the mainland (postcodes {pcode}, KW and ZE) cost extra.",
                 "The shop moved to a larger unit ({pcode}) in {Y}."],
    "munro": ["Ben Nevis (1,345 m) draws more than {n},000 walkers a year.",
              "Guided walks up Schiehallion (1,083 m) and Ben Lomond (974 m) are sold as add-ons.",
              "The estate includes two Munros (over 3,000 ft) and a Corbett."],
    "gaelic-place": ["The brand takes its name from Steòrnabhagh (Stornoway) on Lewis.",
                     "Signs in Inbhir Nis (Inverness) and Port Rìgh (Portree) are bilingual.",
                     "Its gin is distilled in Tairbeart (Tarbert), Isle of Harris."],
    "tartan-clan": ["The packaging uses the MacLeod of Harris tartan (registered {Y}).",
                    "Clan Donald (Clann Dòmhnaill) runs its own visitor centre at Armadale.",
                    "Ancestral tourists from Canada often ask about Clan Mackenzie (Caisteal Leòd)."],
    "award": ["{B} won at the Scottish Thistle Awards 2022 (Highlands and Islands region).",
              "The distillery tour was named best visitor attraction (Scottish Tourism Awards {Y}).",
              "Its gin took gold at the World Gin Awards {Y} (contemporary style)."],
    "title-and-age": ["The estate's owner, the Laird of Kinloch (72), still meets every shooting party.",
                      "Morag Urquhart OBE (61) founded the smokehouse in {Y}.",
                      "The local MSP (Skye, Lochaber and Badenoch) backed the ferry campaign.",
                      "Its master distiller, Dr Iain Sinclair (58), has worked there since {Y}."],
    "financial-year": ["Turnover rose to £{n}m in FY{yy} (year to 31 March).",
                       "Visitor spend fell in {Y}/{yy} (financial year) but recovered later.",
                       "The agency's budget for 2024-25 (£{n}k) was cut by a tenth."],
    "abv": ["The cask strength release (57.1% ABV) sold out in a day.",
            "Its low-alcohol spirit (0.5% ABV) targets drivers at the Fringe."],
    "export-volume": ["Exports reached {n} million bottles (70cl equivalent) in {Y}.",
                      "The US remains the largest market by value (£{n}m in {Y})."],
    "salmon-tonnage": ["Production reached {n},000 tonnes (whole fish, {Y} harvest).",
                       "Scottish salmon exports rose ({pc}% by value, to 57 countries)."],
    "protected-name": ["The Arbroath Smokie (PGI, 2004) cannot be made more than five miles from the town.",
                       "Scotch Beef (PGI) and Orkney Scottish Island Cheddar (PGI) carry the EU logo.",
                       "Scotch whisky (a geographical indication since 1988) must be matured in Scotland."],
    "person-lifespan": ["Robert Burns (1759–1796) is still used to sell everything from haggis to whisky.",
                        "Sir Walter Scott (1771–1832) arguably invented tartan tourism.",
                        "Charles Rennie Mackintosh (1868–1928) is central to Glasgow's brand."],
    "historic-event": ["The Jacobite rising (1745) and Culloden (1746) feature heavily in ancestral tours.",
                       "Visitor numbers to Culloden Battlefield rose after the anniversary (April {Y})."],
    "screen-title": ["Outlander (2014 onwards) drove a surge in visits to Doune Castle.",
                     "The Glenfinnan Viaduct became famous through the Harry Potter films (2002 onwards)."],
    "themed-year": ["The Year of Coasts and Waters (2020/21) was extended because of the pandemic.",
                    "The Year of Stories (2022) invited businesses to share local legends."],
    "campaign-launch": ["The Scotland is Now campaign (launched 2018) replaced earlier tourism branding.",
                        "{B}'s ‘Made in {isle}’ campaign (spring {Y}) ran only on social media."],
    "route-length": ["The North Coast 500 (516 miles, launched 2015) is now a brand in its own right.",
                     "The West Highland Way (96 miles) brings walkers past three of {B}'s outlets."],
    "ship-name": ["MV Glen Sannox (launched 2017) finally entered service in {Y}.",
                  "The new vessel (MV Isle of Islay, 95 m) was built in Turkey."],
    "price-point": ["The {dram} sells at £{n}.99 (70cl) in supermarkets.",
                    "A tasting flight costs £{q}5 (three drams, 25ml each)."],
    "hotel-rating": ["Gleneagles (five-star, 850 acres) markets itself as a destination in its own right.",
                     "Most B&Bs on {isle} are graded three or four stars (out of five)."],
    "opening-hours": ["The visitor centre is open daily (10:00–17:00, April to October).",
                      "Tours run every hour in summer (last tour 16:00)."],
    "grid-reference": ["The car park (OS grid ref. NN 166 712) fills by 9am in August.",
                       "The new bothy (grid ref. NG 482 230) is only reachable on foot."],
    "company-number": ["The company (registered in Scotland, SC{n}{n}) is family owned.",
                       "The community trust (SC0{n}{q}, a Scottish charity) owns the estate."],
    "calendar-date": ["Burns Night (25 January) is the busiest week for haggis sales.",
                      "St Andrew's Day (30 November) is a chance to promote Scottish produce abroad.",
                      "Tartan Day (6 April) is the focus of diaspora marketing in the US."],
    "sport-event": ["The Open at St Andrews (2022, the 150th) brought record crowds.",
                    "The Braemar Gathering (first Saturday in September) attracts royal visitors."],
    "visitor-numbers": ["Edinburgh Castle (2.2 million visits in {Y}) is the most visited paid attraction.",
                        "The distillery welcomed {n},000 visitors last year (up {pc}%)."],
    "whisky-region": ["Speyside (over 50 distilleries) has the densest cluster in Scotland.",
                      "Islay (nine working distilleries) trades on smoky, peated whisky.",
                      "Campbeltown (three distilleries) was once the whisky capital of the world."],
    "cask-detail": ["The single cask (first-fill bourbon barrel, cask no. {n}) yielded {n} bottles.",
                    "It is finished in ex-sherry butts (Oloroso, {q} years)."],
    "survey-sample": ["Most respondents had visited Scotland before (n = {n}).",
                      "Interviews with distillery managers (n = {q}) were recorded and transcribed.",
                      "Half of the diaspora sample (aged 55+) had traced their family history."],
    "population": ["{isle} (population c. {n}0) depends on a single ferry.",
                   "The island's school roll (23 pupils) shows how fragile the community is."],
    "duty-rate": ["Spirits duty rose to £31.64 per litre of pure alcohol (from August 2023).",
                  "Duty and VAT make up most of the price of a bottle (about {pc}%)."],
    "levy-rate": ["Edinburgh plans a visitor levy (5% of the room rate, from July 2026).",
                  "The levy is capped at seven nights (per booking)."],
    "deposit-return": ["The deposit return scheme (20p per container) has been delayed again.",
                       "Glass was dropped from the scheme (June 2023) after industry lobbying."],
    "appendix-ref": ["The full results are shown in the appendix (Appendix {q}, Table {q}).",
                     "The customer journey map (Figure {q}) is based on the interviews."],
    "handle-hashtag": ["{B} shares customers' photos on Instagram (#{isle}Life) every week.",
                       "The campaign hashtag (#ScotlandIsNow) trended on launch day."],
    "qualification-level": ["Staff are trained to SCQF Level 7 (HNC) in hospitality.",
                            "The apprenticeship (SVQ Level 3) is run with the local college."],
    "gin-boom": ["Scotland now has more than 90 gin distilleries (many opened since 2014).",
                 "Harris Gin (launched 2015) funded the distillery's whisky while it matured."],
    "si-number": ["The Scotch Whisky Regulations 2009 (SI 2009/2890) define how Scotch may be labelled.",
                  "Labels must comply with the Food Information (Scotland) Regulations 2014 (SSI 2014/312)."],
    "quarter-figures": ["Bookings rose in the third quarter (Q3 {Y}) but fell in Q4.",
                        "Hotel occupancy in Edinburgh peaked in August ({pc}% above the UK average)."],
}  # fmt: skip
