"""The blind358 pool's prose: how marketers at outdoor-clothing and footwear brands, sports retailers, bike shops,
running and climbing brands, camping and hiking gear makers and resale platforms in the UK, Ireland, Norway,
Switzerland, Chile and Canada write CIM Level 6 and 7 reports and MBA assignments in English.

``{N}`` is a narrative citation, ``{P}`` a parenthetical one, ``{Q}`` a quotation, ``{C}`` a claim, ``{B}`` a brand,
``{O}`` an opener; the pool's own fill values are in ``values``. NOT_CITATIONS holds text with brackets, years and
names that is no citation: products and models with years, expeditions, races and ascents, takeovers, founders and
athletes, founding years, awards, trade shows, standards and certifications, prices, seasons, survey waves and the
like. Written without reading the checker, its tests or any other pool.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Patagonia", "Arc'teryx", "Helly Hansen", "Norrøna", "Bergans", "Mammut", "On", "Canada Goose", "MEC",
          "Lululemon", "Lippi", "Rab", "Berghaus", "Páramo", "Finisterre", "Rapha", "JD Sports", "Sports Direct",
          "Go Outdoors", "Cotswold Outdoor", "Blacks", "Halfords", "Evans Cycles", "Decathlon", "Snow+Rock",
          "Elverys", "Great Outdoors", "XXL", "Transa", "Sport Chek", "Vinted", "Depop", "Alpkit", "Montane",
          "Mountain Warehouse", "Tiso", "Salomon", "Inov-8", "Haglöfs", "Fjällräven", "Trek", "Brompton",
          "Sportsshoes.com", "Wiggle", "Runners Need", "Decathlon Chile", "Doite", "Andesgear", "Icebreaker"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """The fill values only this pool's frames use, drawn after the common ones."""
    return {
        "pc": str(rng.randint(3, 87)), "Y3": str(rng.randint(2018, 2025)),
        "mo": rng.choice(["January", "February", "March", "April", "May", "June", "July", "September", "October", "November"]),
        "ctry": rng.choice(["the UK", "Ireland", "Norway", "Switzerland", "Chile", "Canada"]),
        "cur": rng.choice(["£", "€", "CHF ", "NOK ", "CAD "]), "pr": str(rng.choice([35, 49, 89, 120, 180, 240, 329, 450])),
        "seg": rng.choice(["trail runners", "weekend hikers", "commuter cyclists", "boulderers", "ski tourers",
                           "families who camp", "gravel riders", "parkrunners", "wild swimmers"]),
        "prod": rng.choice(["waterproof jackets", "trail shoes", "e-bikes", "down jackets", "tents", "climbing shoes",
                            "base layers", "road bikes", "rucksacks", "walking boots"]),
        "ch": rng.choice(["Strava", "Instagram", "the loyalty app", "email", "TikTok", "in-store events", "YouTube",
                          "the resale platform", "the repair desk", "club partnerships"]),
        "fr": rng.choice(["the 7Ps", "SOSTAC", "PESTLE", "Porter's five forces", "the Ansoff matrix", "RACE",
                          "the brand pyramid", "the circular economy butterfly"]),
    }  # fmt: skip


NARRATIVE_START = [
    "{N} argue that {C}.",
    "{N} found that {C}, although their sample was mostly {seg}.",
    "{N} showed that {C}, which matters for {B}.",
    "{N} suggests that {C}; this fits {B}'s position in {ctry}.",
    "{N} warned that {C} if environmental claims cannot be backed up.",
    "{N} describe brand communities as shared rituals rather than customer lists, and show that {C}.",
    "{N} reported that {C} across {n} outdoor retailers.",
    "{N} concluded that {C}.",
    "{N} questioned whether {C}, pointing to weak evidence from {seg}.",
    "{N} makes the case that {C}.",
    "{N} noted that roughly {pc}% of {seg} had bought second-hand kit, and that {C}.",
    "{N} were among the first to argue that {C}.",
    "{N} recommend that retailers test {ch} before scaling it, since {C}.",
    "{N} identified price fairness as the main driver of loyalty and found that {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "As {N} point out, {C}.",
    "{O}, {N} found that {C}.",
    "{C}, which is consistent with {N}.",
    "{C} – a point {N} also make about {seg}.",
    "In line with {N}, {C}.",
    "Applying {fr} to {B} and drawing on {N}, it appears that {C}.",
    "For a retailer such as {B}, the work of {N} is useful because {C}.",
    "The evidence is mixed: {N} found that {C}, whereas other studies disagree.",
    "{O}, research by {N} suggests that {C}.",
    "This mirrors what {N} observed among {seg}: {C}.",
    "Not everyone agrees; {N}, for instance, maintain that {C}.",
    "When {B} launched its resale site, it followed {N} closely, on the basis that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study of {seg} found that {C}.",
    "{O}, {N} framework implies that {C}.",
    "{N} argument rests on the idea that {C}.",
    "The weakness of {N} model is that it assumes {C}.",
    "{C}, which supports {N} conclusion about {R}.",
    "{N} survey of outdoor shoppers in {ctry} showed that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.",
    "{O}, it seems that {C} {P}.",
    "Most commentators now accept that {C} {P}.",
    "{C}, especially among {seg} {P}.",
    "This matters because {C} {P:see}.",
    "Several studies make the same point {P:see, for example,}.",
    "{B} should therefore invest in {ch}, given that {C} {P:e.g.}.",
    "Environmental claims must be clear, accurate and substantiated {P}.",
    "Resale extends the life of a garment and brings younger shoppers to a brand {P}.",
    "Participation in running and cycling rose sharply during the pandemic and has since levelled off {P}.",
    "{C}, which has implications for how {B} prices its {prod} {P}.",
    "It is also worth noting that {C} {P:cf.}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, but in practice {C2}.",
    "{C} {P}; however, {C2}.",
    "Although {C} {P}, {C2}.",
    "{O}, {C} {P} and {C2}.",
    "{C} {P}, whereas {C2}.",
    "Given that {C} {P:see}, it follows that {C2}.",
    "Three levers stand out – repair, resale {P} and rental – and {C}.",
]  # fmt: skip
CLAIMS = [
    "{seg} trust peer reviews more than brand advertising",
    "vague words such as ‘eco’ and ‘green’ raise scepticism among {A}",
    "brand community members spend more and stay longer than other customers",
    "resale attracts {A} who would not pay full price for {prod}",
    "{B} relies too heavily on discounting to clear {prod}",
    "deep and frequent discounts weaken reference prices for premium {prod}",
    "repair services build loyalty more cheaply than new loyalty points",
    "{T} works best for outdoor brands when it shows real use in bad weather",
    "independent bike shops compete on service rather than price",
    "sustainability claims need third-party evidence to be believed",
    "{A} expect outdoor brands to take a stand on climate",
    "club and event partnerships create stronger ties than paid social",
    "{ch} gives {B} richer first-party data than marketplaces do",
    "premium pricing is accepted when performance is visible",
    "{seg} research online but still buy {prod} in store after a fitting",
    "take-back schemes lift {R} only when they are easy to use",
]  # fmt: skip
OPENERS = ["However", "In {B}'s case", "For outdoor retailers", "Having said that", "In the Norwegian market",
           "Across Switzerland and the Alps", "In Chile", "For Canadian shoppers", "In the Irish market",
           "From a UK perspective", "Taken together", "Turning to pricing", "Since the pandemic", "Put simply",
           "By contrast", "For {seg}", "In sustainability terms"]  # fmt: skip
PLAIN = [
    "{B} sells through {n} stores, its own website and two marketplaces.",
    "The rest of this section applies {fr} to {B}.",
    "Table {q} compares the options on cost, reach and fit with the brand.",
    "The recommendations below are costed and phased over eighteen months.",
    "{O}, {C}.",
    "{B} runs a free repair desk in its flagship store.",
    "A competitor analysis is included in the appendices.",
    "{B}'s customers are mostly {seg} aged 25 to 44.",
    "The brand has no written policy on environmental claims at present.",
    "Resale, rental and repair are considered in turn.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.",
    "As one textbook puts it, {Q} {P}.",
    "{O}, {Q} {P}.",
    "{N} put it plainly: {Q}.",
    "The point is summed up well: {Q} {P}.",
    "{Q} {P}; this report agrees.",
]  # fmt: skip
SCARE_QUOTES = ["‘eco-friendly’", "‘planet-positive’", "‘climate neutral’", "‘buy less, demand more’", "‘gorpcore’",
                "‘responsibly sourced’", "‘quiet outdoors’", "“conscious”", "“technical”", "‘built to last’",
                "‘lifetime guarantee’", "“sustainable”"]  # fmt: skip
SCARE_FRAMES = [
    "Many brands label ranges as {Q} without evidence {P}.",
    "{B} calls its new collection {Q} {P}.",
    "What the industry calls {Q} often means a small share of recycled fibre {P}.",
    "Words such as {Q} are now under scrutiny from regulators {P}.",
    "The {Q} trend has brought fashion buyers into outdoor shops {P}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Your {prod} deserve a second life’", "‘Trade in, gear up: 20% back’", "‘The trail is calling’",
                 "“Last chance: winter layers from {cur}{pr}”", "‘Your repair is ready to collect’",
                 "‘Members’ night at the store – you’re invited’", "“New season, same planet”",
                 "‘Fitted for the hills: book your boot fitting’"]  # fmt: skip
SUBJECT_FRAMES = [
    "The email headed {Q} had the highest open rate of the season {P}.",
    "{B}'s subject line {Q} performed well with {seg} {P}.",
    "A message such as {Q} ties the offer to the brand's values {P}.",
    "Testing {Q} against a plain discount showed the value of purpose-led copy {P}.",
]  # fmt: skip

NOT_CITATIONS = {
    "product-year": [
        "{B}'s best-selling shell is still the Beta AR (first made in 1998).",
        "The Gore-Tex Pro fabric (2021 version) is lighter than the one it replaced.",
        "The Cloudmonster 2 (launched {Y3}) sold out in two weeks.",
        "Sales of the Nuptse jacket (1992 reissue) rose again last winter.",
    ],
    "model-version": [
        "The new trail shoe (v{q}, {Y3}) adds a wider toe box.",
        "The Brompton C Line (2021 range) replaced the older models.",
        "Trek's Domane (Gen {q}) is the most popular road bike in the shop.",
    ],
    "expedition-year": [
        "The brand still trades on the first ascent of Everest (1953).",
        "Its jackets were worn on the Norwegian Antarctic expedition (1910–12).",
        "The catalogue retells Nansen's crossing of Greenland (1888).",
        "The campaign recalled Shackleton's Endurance expedition (1914–17).",
    ],
    "ascent-year": [
        "Climbers still talk about the first free ascent of El Capitan's Nose (1993).",
        "The advertising shows the Eiger North Face (first climbed in 1938).",
        "The Torres del Paine towers (first climbed 1963) appear on every poster.",
    ],
    "race-year": [
        "The brand sponsors the Ultra-Trail du Mont-Blanc (UTMB {Y3}).",
        "Entries for the Dublin Marathon ({Y3}) sold out in hours.",
        "The shop's team rode the Tour de Suisse route (stage {q}, {Y3}).",
        "Staff ran the Patagonian International Marathon ({mo} {Y3}).",
    ],
    "race-event": [
        "The store was busiest the week before the Birkebeinerrittet (August {Y3}).",
        "Sales spiked around the Engadin Skimarathon (March {Y3}).",
        "{B} handed out samples at the Great North Run (September {Y3}).",
    ],
    "takeover": [
        "Frasers Group bought Evans Cycles out of administration (2019).",
        "JD Sports acquired Go Outdoors in a pre-pack deal (2020).",
        "Canadian Tire bought Mountain Equipment Co-op (2020).",
        "Vinted acquired the Danish resale site Trendsales (2022).",
    ],
    "merger": [
        "The two clubs merged to form one regional federation (2016).",
        "Snow+Rock, Cotswold Outdoor and Runners Need came together under one owner (2014).",
        "The merger of the two distributors (completed {Y3}) reduced choice for independent shops.",
    ],
    "founder-year": [
        "Yvon Chouinard (founder, 1973) is still quoted in the brand's advertising.",
        "Helly Juell Hansen founded the firm in Moss (1877).",
        "The business began as a small Vancouver co-operative (MEC, founded 1971).",
        "Jørgen Kristiansen (chief executive since {Y3}) led the turnaround.",
    ],
    "athlete-year": [
        "The brand's ambassador Kilian Jornet (UTMB winner 2008, 2009 and 2011) features in the campaign.",
        "Ads with Alex Honnold (star of the 2018 film Free Solo) reached a wide audience.",
        "{B} signed the Olympic champion Jakob Ingebrigtsen (Tokyo 2020) as an ambassador.",
        "The climber Janja Garnbret (Olympic gold, 2021) fronts the shoe launch.",
    ],
    "explorer-year": [
        "Roald Amundsen (South Pole, 1911) is the hero of the brand's heritage story.",
        "The advert quotes Ernest Shackleton (1874–1922) on endurance.",
        "Liv Arnesen (solo to the South Pole, 1994) opened the new store.",
    ],
    "founding-year": [
        "Patagonia (founded 1973) has given 1% of sales to environmental groups for decades.",
        "Arc'teryx (est. 1989) began with a climbing harness.",
        "Norrøna (established 1929) is still family-owned.",
        "Mammut (since 1862) leads its heritage messaging with its age.",
        "Canada Goose (founded 1957 as Metro Sportswear) now sells in over 50 countries.",
    ],
    "body-founding-year": [
        "The British Mountaineering Council (founded 1944) represents climbers and walkers.",
        "Sport England (set up in 1996 as the English Sports Council) funds local clubs.",
        "The European Outdoor Group (formed 2003) speaks for brands across Europe.",
        "The Outdoor Industries Association (since 1959) represents UK brands and retailers.",
    ],
    "award-year": [
        "The jacket won an ISPO Award (Gold Winner {Y3}).",
        "{B} was named Outdoor Retailer of the Year (SOR Awards, {Y3}).",
        "The shop won Best Independent Bike Store (BikeBiz Awards {Y3}).",
        "The boot received a Red Dot design award ({Y3}).",
    ],
    "ranking-year": [
        "{B} ranked third in the list of best places to work (top {q}0, {Y3}).",
        "Patagonia topped the reputation table again (Axios Harris Poll 100, {Y3}).",
        "{B} slipped down the retailer league table (rank {q}, {Y3}).",
    ],
    "trade-show": [
        "Buyers placed their orders at ISPO Munich (November {Y3}).",
        "The range was shown to retailers at OutDoor by ISPO ({Y3}).",
        "{B} previewed its bikes at the Cycle Show (Birmingham, {Y3}).",
        "The brand took a stand at the Kendal Mountain Festival ({Y3}).",
    ],
    "standard-year": [
        "Waterproofing is tested to a 20,000 mm hydrostatic head (ISO 811:2018).",
        "Helmets sold in the shop meet the European standard (EN 1078:2012).",
        "Climbing ropes are certified to the UIAA standard (UIAA 101, {Y3} revision).",
        "Packaging follows the environmental management standard (ISO 14001:2015).",
    ],
    "certification-year": [
        "{B} became a certified B Corporation ({Y3}).",
        "All down is certified to the Responsible Down Standard (RDS, since {Y3}).",
        "The factory is bluesign approved (audit {Y3}).",
        "The cotton range carries the Fair Trade label (certified {Y3}).",
    ],
    "rule-year": [
        "Ads for outdoor gear must follow the advertising code (CAP Code, rule 11).",
        "The EU's Empowering Consumers Directive (2024/825) bans generic environmental claims.",
        "Pricing must not mislead (CPRs 2008, Schedule 1).",
        "PFAS in outdoor clothing will be restricted in Norway (from 2025).",
    ],
    "legislation": [
        "The Consumer Rights Act 2015 gives buyers thirty days to reject faulty goods.",
        "The Digital Markets, Competition and Consumers Act 2024 lets the CMA fine firms directly.",
        "Canada's Competition Act was amended to cover greenwashing (Bill C-59, 2024).",
        "Chile's REP law (Ley 20.920, 2016) makes producers responsible for waste.",
    ],
    "price-bracket": [
        "The entry-level jacket sits well below the flagship ({cur}{pr} against {cur}450).",
        "{B}'s rental tents are cheap to try ({cur}{pr} a weekend).",
        "The repair service is modestly priced (from {cur}15 a patch).",
        "Second-hand fleeces sell quickly ({cur}{pr} on average).",
    ],
    "offer-bracket": [
        "Members get early access to the sale (20% off, two days only).",
        "The trade-in offer was generous (up to {cur}50 credit per item).",
        "Bike servicing was discounted in winter (half price, {mo} {Y3}).",
        "The app offered free delivery on {prod} (orders over {cur}{pr}).",
    ],
    "date": [
        "The store reopened on {d} {mo} {Y3} after a refit.",
        "The resale pilot ran from {d} {mo} to the end of the month ({Y3}).",
        "Black Friday fell late that year (Friday {d} November).",
        "The survey closed at midnight ({d}/{q}/{Y3}).",
    ],
    "season": [
        "Sell-through was weaker than planned (autumn/winter {Y3}).",
        "The capsule collection dropped early (spring/summer {Y3}).",
        "Stock was cleared at the end of the ski season (2023/24).",
        "Bike sales peaked in the spring ({Y3} season).",
    ],
    "survey-wave": [
        "Participation in running fell slightly (Active Lives, Nov {Y}–{Y2}).",
        "The panel was interviewed twice (wave {q}, {Y3}).",
        "Results are from the latest round of the tracker (Q{q} {Y3}).",
        "Respondents were recruited in the second wave (n = {n}).",
    ],
    "launch-year": [
        "Patagonia's Worn Wear programme (launched 2013) now sells online.",
        "The rental service (piloted {Y3}) is available in six stores.",
        "{B}'s app went live in the spring (launch: {mo} {Y3}).",
        "Arc'teryx ReBird (2022) brought resale and repair under one name.",
    ],
    "percentage-year": [
        "Online sales made up a growing share of revenue ({pc}% in {Y3}).",
        "Returns are high for footwear (about {pc}% of orders).",
        "{pc}% of customers (n = {n}) said they would buy second-hand.",
        "Margins narrowed slightly (gross margin {pc}.{q}%, {Y3}).",
    ],
    "figure-year": [
        "The shop sold {n} e-bikes last year ({Y3} total).",
        "Revenue passed the target ({cur}{n}m, FY{Y3}).",
        "Membership of the club grew quickly ({n} members by {Y3}).",
        "The brand repaired thousands of garments ({n},000 in {Y3}).",
    ],
    "financial-year": [
        "Trading was tough for most sports retailers (financial year {Y3}, unaudited).",
        "Profit before tax fell by a third (year to 31 January {Y3}).",
        "The group's results were restated ({Y} to {Y2}).",
    ],
    "statistics-table": [
        "The figures are summarised below (Table {q}).",
        "Spend per head is higher in Norway than in the UK (see Figure {q}).",
        "Footfall fell in the second half (H2 {Y3}).",
        "Most respondents agreed (n = {n}, {pc}%).",
    ],
    "cross-reference": [
        "The full costings are in the appendix (Appendix {q}, p. {n}).",
        "This is discussed further below (Section {q}.2).",
        "The persona developed earlier (Persona B, ‘the weekend hiker’) is used here.",
        "See Task {q} (b) for the audit of current channels.",
    ],
    "abbreviation": [
        "Extended producer responsibility (EPR) will change how brands pay for waste.",
        "The Chartered Institute of Marketing (CIM) asks members to record their CPD.",
        "Customer lifetime value (CLV) is tracked in the CRM.",
        "Durable water repellent (DWR) coatings are now made without PFAS.",
    ],
    "acronym-year": [
        "All suppliers were audited last year (SBTi {Y3} targets).",
        "{B} reports its emissions publicly (CDP {Y3}).",
        "The store meets the accessibility code (BS 8300, {Y3}).",
    ],
    "slogan": [
        "Patagonia's ‘Don't buy this jacket’ advert (2011) is still taught on marketing courses.",
        "{B}'s line ‘There's no such thing as bad weather’ returned in {Y3}.",
        "Nike's ‘Just Do It’ (1988) remains the benchmark for sports slogans.",
        "The strapline “Made for the mountains” ran across the {Y3} campaign.",
    ],
    "campaign-year": [
        "The ‘Buy Less, Demand More’ campaign (Black Friday {Y3}) closed the online store for a day.",
        "{B}'s Christmas film (#GetOutside {Y3}) reached millions of viewers.",
        "REI's #OptOutside campaign (Black Friday 2015) inspired similar moves in Europe.",
    ],
    "hashtag-handle": [
        "Customers tag their trips with #GetOutside{Y3}.",
        "The shop answers queries on Instagram (@trailhead_outdoor).",
        "Returns can be booked online (www.trailhead-outdoor.co.uk/returns).",
        "The community group has grown fast (Strava club: {n} members).",
    ],
    "store-opening": [
        "The flagship opened on Regent Street ({mo} {Y3}).",
        "{B} opened its first Irish store in Dublin (Grafton Street, {Y3}).",
        "The Oslo store (opened {Y3}) doubles as a repair centre.",
    ],
    "store-closure": [
        "Several stores closed after the administration ({Y3}).",
        "{B} shut its Santiago outlet (March {Y3}) to focus on online sales.",
        "The chain closed {n} shops (2019–2021).",
    ],
    "collaboration": [
        "The shoe was made with a Swiss running club (collab, {Y3}).",
        "The capsule with a Norwegian designer (AW{Y3}) sold out.",
        "{B} partnered with a national park for the range (Torres del Paine, {Y3}).",
    ],
    "lifespan-warranty": [
        "Every pack carries a long guarantee (lifetime warranty, since 1980).",
        "The boots are covered for two years (standard warranty).",
        "Frames are guaranteed for life (on bikes bought after {Y3}).",
    ],
    "weather-event": [
        "Sales of waterproofs jumped during the wet summer ({Y3}).",
        "Snow arrived late in the Alps (winter {Y3}).",
        "The heatwave hit sales of fleeces (July {Y3}).",
    ],
    "pandemic-period": [
        "Bike shops were allowed to stay open during lockdown (March–June 2020).",
        "Demand for camping kit surged during the staycation boom (2020–21).",
        "Stock shortages followed the pandemic (2021–22).",
    ],
    "olympic-games": [
        "Interest in climbing rose after it joined the Olympics (Tokyo 2020).",
        "The brand outfitted the national team (Milano Cortina 2026).",
        "Sales of cycling kit rose after the Games (Paris 2024).",
    ],
    "route-distance": [
        "The route is popular with hikers (West Highland Way, 96 miles).",
        "Most members ride the longer loop (80 km, 1,200 m of climbing).",
        "The trail was reopened after repairs (Wicklow Way, {Y3}).",
        "Walkers on the W Trek (Torres del Paine, 5 days) need good boots.",
    ],
    "altitude-height": [
        "The test was carried out at altitude (Jungfraujoch, 3,454 m).",
        "The brand's lab simulates storms (wind speed 120 km/h).",
        "Galdhøpiggen (2,469 m) is the backdrop to the campaign.",
    ],
    "membership-scheme": [
        "Members earn points on every purchase (1 point per {cur}1).",
        "The co-op model gave every buyer a share (lifetime membership, {cur}5).",
        "{B}'s club has grown steadily ({n},000 members by {Y3}).",
    ],
    "stock-ticker": [
        "Shares fell after the results (LSE: FRAS).",
        "Investors reacted badly to the guidance (NYSE: GOOS, {Y3}).",
        "On's listing raised capital for growth (NYSE: ONON, 2021).",
    ],
    "size-guide": [
        "The shoe runs small (UK {q}, EU 4{q}).",
        "Most customers choose a larger size (size {q} in the men's range).",
        "Fit is checked in store (boot fitting, 30 minutes).",
    ],
    "currency-conversion": [
        "Prices in Norway are higher (NOK 3,000, about £225).",
        "The Swiss price is similar (CHF 280, roughly £250).",
        "The Chilean range is priced locally (CLP 120,000 in {Y3}).",
    ],
    "report-period": [
        "The company's impact report covers the previous year (FY{Y3}).",
        "The results cover fifty-two weeks (to {d} {mo} {Y3}).",
        "The sustainability targets run to the end of the decade ({Y3}–2030).",
    ],
    "grading-scale": [
        "The route is graded for experienced climbers (E3 5c).",
        "Most customers climb at an intermediate level (V4–V6).",
        "The tent is rated for all seasons (four-season, tested to -20 °C).",
    ],
}  # fmt: skip
