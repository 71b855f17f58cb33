"""The blind300 pool's prose: marketers at New England seafood, lobster-shack, fall-foliage tourism, maple-syrup,
craft-brewery and outdoor-gear firms, inns, ski resorts and state tourism offices (in the United States, Canada and
the UK) writing CIM Level 6 and 7 reports and MBA assignments on seasonal tourism, food provenance, heritage brands
and digital-channel marketing.

Written without reading the checker, its tests or any other pool. Placeholders as in text.py ({N}, {P}, {C}, {C2},
{B}, {O}, {Q} and the fill values), with this pool's own fill values from ``values``. The decoys are what these
writers put in brackets and beside years that no tutor would look for in the reference list: towns, harbours,
counties, states and provinces with years, storms and nor'easters, foliage peaks by week, lobster landings and boat
prices, ski seasons and snowfall, shacks, inns and breweries by their founding years, beers and limited releases,
maple grades and sugaring seasons, fairs and festivals, roads and trails, prizes, slogans and figures.
"""

# ruff: noqa: E501  (frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Luke's Lobster", "Legal Sea Foods", "Red's Eats", "Cabot Creamery", "Ben & Jerry's", "L.L.Bean",
          "Allagash Brewing", "Sam Adams", "Boston Beer Company", "Stowe Mountain Resort", "Vermont Teddy Bear",
          "Maine Office of Tourism", "Discover New England", "Visit Vermont", "Cape Cod Chamber of Commerce",
          "Acadia National Park", "Maple Grove Farms", "Harpoon Brewery", "King Arthur Baking", "Burton",
          "Woodstock Inn", "Cape Cod Potato Chips", "Stonewall Kitchen", "Hood", "Dunkin'"]  # fmt: skip

_TOWNS = ["Bar Harbor", "Kennebunkport", "Provincetown", "Gloucester", "Ogunquit", "Stonington", "Boothbay Harbor",
          "Wiscasset", "Camden", "Rockland", "Freeport", "Nantucket", "Chatham", "Woodstock", "Manchester-by-the-Sea",
          "Portsmouth", "Mystic", "Brattleboro", "North Conway", "Lunenburg", "Peggy's Cove", "Tadoussac"]  # fmt: skip
_HARBOURS = ["Stonington harbour", "Portland's working waterfront", "New Bedford harbour", "Gloucester harbour",
             "Friendship harbour", "Vinalhaven's harbour", "Corea harbour"]  # fmt: skip
_COUNTIES = ["Hancock County", "Washington County", "Knox County", "Barnstable County", "Lamoille County",
             "Coös County", "Aroostook County", "Cumberland County", "Windsor County", "Lincoln County"]  # fmt: skip
_STATES = ["Vermont", "Maine", "New Hampshire", "Massachusetts", "Rhode Island", "Connecticut"]
_PROVINCES = ["Nova Scotia", "New Brunswick", "Québec", "Prince Edward Island", "Newfoundland and Labrador"]
_INNS = [("Union Oyster House", "1826"), ("Longfellow's Wayside Inn", "1716"), ("Red's Eats", "1938"),
         ("the Clam Shack", "1968"), ("Woodman's of Essex", "1914"), ("the Lobster Pound", "1950s"),
         ("the Griswold Inn", "1776"), ("the Mount Washington Hotel", "1902"), ("the Old Port Tavern", "1972"),
         ("Barnacle Billy's", "1961"), ("the Wentworth by the Sea", "1874")]  # fmt: skip
_BEERS = [("Allagash White", "1995"), ("Heady Topper", "2004"), ("Focal Banger", "2013"), ("Sip of Sunshine", "2014"),
          ("Harpoon IPA", "1993"), ("Julius", "2013"), ("Boston Lager", "1984"), ("Curieux", "2004"),
          ("Shipyard Pumpkinhead", "2002"), ("Maine Beer Company's Lunch", "2011")]  # fmt: skip
_FAIRS = ["Fryeburg Fair", "Common Ground Country Fair", "Topsfield Fair", "Champlain Valley Fair", "Big E",
          "Maine Lobster Festival", "Vermont Maple Festival", "Yarmouth Clam Festival", "Wellfleet OysterFest",
          "Harpoon Octoberfest", "Vermont Brewers Festival", "Stowe Foliage Arts Festival"]  # fmt: skip
_ROUTES = ["Route 100", "Route 1", "the Kancamagus Highway", "the Mohawk Trail", "Route 6A", "the Cabot Trail",
           "Park Loop Road", "the Appalachian Trail", "the Vermont Maple Trail", "the Maine Beer Trail"]  # fmt: skip
_STORMS = [("Hurricane Bob", "1991"), ("Tropical Storm Irene", "2011"), ("Hurricane Sandy", "2012"),
           ("Winter Storm Juno", "2015"), ("Hurricane Fiona", "2022"), ("the Halloween nor'easter", "1991"),
           ("the Patriots' Day storm", "2007"), ("the January storm", "2024")]  # fmt: skip
_GRADES = ["Grade A Amber", "Grade A Golden", "Grade A Dark", "Grade A Very Dark", "Grade B", "Fancy"]
_RESORTS = ["Killington", "Sugarbush", "Jay Peak", "Sugarloaf", "Sunday River", "Loon Mountain", "Okemo",
            "Bretton Woods", "Mad River Glen", "Mont-Tremblant"]  # fmt: skip
_AWARDS = ["Great American Beer Festival gold", "World Beer Cup silver", "GABF bronze", "World Cheese Awards gold",
           "Good Food Award", "James Beard Award", "Condé Nast Readers' Choice", "Travelers' Choice"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """This pool's fill values, drawn after the shared ones."""
    year = rng.randint(2012, 2024)
    inn, founded = rng.choice(_INNS)
    beer, brewed = rng.choice(_BEERS)
    storm, struck = rng.choice(_STORMS)
    return {
        "A": rng.choice(["leaf peepers", "second-home owners", "day-trippers from Boston", "Canadian visitors",
                         "millennial hikers", "families on Cape Cod", "skiers", "craft-beer tourists", "foodies",
                         "cruise passengers", "empty nesters", "Québécois visitors", "UK tour operators"]),
        "R": rng.choice(["direct bookings", "off-season occupancy", "repeat visits", "average spend", "email sign-ups",
                         "brand trust", "shoulder-season demand", "willingness to pay", "online reviews"]),
        "T": rng.choice(["Instagram foliage content", "provenance labelling", "heritage storytelling",
                         "influencer marketing", "email marketing", "a season-pass loyalty scheme", "trap-to-table messaging",
                         "geo-targeted search advertising", "user-generated content", "taproom event marketing"]),
        "M": rng.choice(["lobster roll", "maple syrup", "foliage", "ski pass", "clam chowder", "Bean Boot", "IPA"]),
        "TOWN": rng.choice(_TOWNS), "HARB": rng.choice(_HARBOURS), "COUNTY": rng.choice(_COUNTIES),
        "STATE": rng.choice(_STATES), "PROV": rng.choice(_PROVINCES), "INN": inn, "FOUNDED": founded,
        "BEER": beer, "BREWED": brewed, "STORM": storm, "STRUCK": struck, "FAIR": rng.choice(_FAIRS),
        "ROUTE": rng.choice(_ROUTES), "GRADE": rng.choice(_GRADES), "RESORT": rng.choice(_RESORTS),
        "AWARD": rng.choice(_AWARDS), "YR": str(year), "YR2": str(year + 1)[2:], "WK": str(rng.randint(39, 43)),
        "PRICE": f"{rng.randint(2, 7)}.{rng.randint(0, 99):02d}", "SNOW": str(rng.randint(140, 330)),
        "LBS": str(rng.randint(85, 132)), "PCT": str(rng.randint(12, 88)), "MIL": f"{rng.randint(2, 4)}.{rng.randint(0, 9)}",
    }  # fmt: skip


NARRATIVE_START = [
    "{N} argued that {C}.", "{N} found that {C}, at least among {A}.", "{N} concluded that {C}.",
    "{N} showed that {C}, which matters for {B}.", "{N} suggest that {C}.", "{N} notes that {C}.",
    "{N} make the case that {C}, especially in coastal towns.", "{N} found that {C} in rural New England.",
    "{N} warned that {C}.", "{N} observed that {C} during the shoulder season.", "{N} reported that {C}.",
    "{N} points out that {C} – something {B} has only recently acted on.",
]  # fmt: skip
NARRATIVE_MID = [
    "In a study of Maine lobster buyers, {N} found that {C}.", "{O}, {N} argued that {C}.",
    "This is in line with {N}, who found that {C}.", "{C}, as {N} point out.", "According to {N}, {C}.",
    "Research on Vermont farms by {N} suggests that {C}.", "{B} is a clear example: {N} showed that {C}.",
    "{C}, a view shared by {N}.", "As {N} explain, {C}.", "Data published by {N} show that {C}.",
    "{O}, evidence from {N} indicates that {C}.", "{C}; {N} found much the same among {A}.",
    "For heritage brands such as {B}, the work of {N} suggests that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study of Acadia's visitors shows that {C}.", "Using {N} framework, it is clear that {C}.",
    "{O}, {N} findings suggest that {C}.", "{N} report makes the point that {C}.",
    "{B} could apply {N} model, since {C}.", "{N} survey of leaf peepers found that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "There is good evidence that {C} {P}.", "For {A}, {C} {P}.",
    "{B} is no exception, since {C} {P}.", "This matters in Maine because {C} {P}.", "{C}, particularly on Cape Cod {P}.",
    "It is often argued that {C} {P:see}.", "Several studies report that {C} {P:e.g.}.", "In short, {C} {P}.",
    "Across New England, {C} {P}.", "{C}, which is why {B} invests in {T} {P}.", "{C} {P:see also}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, but {C2}.", "{C} {P}; {C2}.", "While {C} {P}, {C2}.",
    "Although {C} {P}, it is also true that {C2}.", "{C} {P:see}, whereas {C2}.",
    "Because {C} {P}, {B} should make sure that {C2}.", "Studies {P} agree that {C}.",
    "{O}, {C} {P}, so {C2}.",
]  # fmt: skip
CLAIMS = [
    "{A} will pay more for lobster they can trace to a named harbour", "{T} lifts {R} for small inns",
    "the foliage season now drives more visitor spending than the summer", "provenance claims build trust in local food",
    "heritage cues such as founding dates make a brand feel authentic", "{A} respond to {T} more than to print adverts",
    "seasonal businesses struggle to keep staff through the winter", "craft breweries act as tourist attractions in their own right",
    "maple syrup is bought as a souvenir as much as a food", "climate change threatens both the ski and the foliage seasons",
    "{B} depends heavily on visitors from outside the state", "{T} raises {R} when it shows real places and people",
    "state tourism offices increasingly target {A}", "direct booking cuts the commission inns pay to online travel agents",
    "a strong regional identity helps food brands charge a premium", "{A} see L.L.Bean-style guarantees as part of the brand",
    "over-tourism damages the experience that attracted visitors in the first place",
    "cooperative ownership is part of what makes some dairy brands credible", "shoulder-season events spread demand more evenly",
    "online reviews matter more to first-time visitors than to returning ones",
]  # fmt: skip
OPENERS = [
    "Furthermore", "In addition", "However", "For {B}", "In coastal Maine", "In Vermont", "Since the pandemic",
    "From a visitor's perspective", "Nevertheless", "As a result", "In the case of {B}", "On the other hand",
    "For a seasonal business", "Looking at {B}'s competitors", "Overall",
]  # fmt: skip
PLAIN = [
    "{B} trades from May to October and closes for the winter.", "This report analyses {B}'s digital channels and makes recommendations.",
    "The table below sets out the objectives for the next two seasons.", "{B} sells through its website, Amazon and a handful of farm shops.",
    "{B}'s Instagram account has {n}k followers, most of them from out of state.", "{O}, {C}.",
    "A PESTLE analysis of the New England tourism market is included in Appendix 1.",
    "The recommendations are costed in US dollars and phased over twelve months.",
    "Most of the shack's sales are made in July and August.", "Task 3 turns these findings into a content calendar.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one tourism text puts it, {Q} {P}.", "{O}, {Q} {P}.", "Put simply, {Q} {P}.",
    "This is captured well: {Q} {P}.", "{Q} {P}, and {B} would do well to remember it.",
]  # fmt: skip
SCARE_QUOTES = ["‘leaf peeping’", "‘wicked good’", "‘from trap to table’", "‘shoulder season’", "‘Vermont-made’",
                "‘authentically Maine’", "‘mud season’", "‘the Maine brand’", "‘New England charm’", "‘heritage’"]  # fmt: skip
SCARE_FRAMES = [
    "{B} sells what it calls {Q} experiences {P}.", "The idea of {Q} is now used in most campaigns {P}.",
    "Marketers describe this as {Q} {P}.", "Visitors still look for {Q} {P}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Peak foliage is here: book your weekend’", "‘Your {M} is on its way’", "‘Sugaring season starts now’",
                 "“Last lobster rolls of the summer”", "‘Early-bird ski passes end Sunday’", "“A taste of Maine, shipped to you”"]  # fmt: skip
SUBJECT_FRAMES = [
    "The subject line {Q} lifted open rates {P}.", "{B} sent {Q} to lapsed customers {P}.",
    "An email headed {Q} performed best in the autumn test {P}.", "Subject lines such as {Q} create urgency {P}.",
]  # fmt: skip

# Text in brackets, beside years or in quotation marks that cites nothing: no tutor looks for these in the list.
NOT_CITATIONS = {
    "town-year": ["Cruise traffic has grown fastest in one town ({TOWN}, {YR}).", "The pop-up shack opened its second site ({TOWN}, {YR}).",
                  "{B} ran its first summer tasting tour ({TOWN}, {YR})."],
    "harbour-year": ["Most of the lobster came from one harbour ({HARB}, {YR}).", "The shoot took place on the docks ({HARB}, {YR})."],
    "county-year": ["Unemployment is highest in the east ({COUNTY}, {YR}).", "Second homes make up a third of housing ({COUNTY}, {YR})."],
    "state-year": ["Visitor spending hit a record ({STATE}, {YR}).", "Out-of-state web traffic peaked in the autumn ({STATE}, {YR})."],
    "province-year": ["Canadian visitors returned after the border reopened ({PROV}, {YR}).", "Lobster exports to Asia also rose ({PROV}, {YR})."],
    "noreaster-year": ["The waterfront was flooded twice (Nor'easter, {YR}).", "Bookings were cancelled after the storm (nor'easter, March {YR})."],
    "hurricane-year": ["Many wharves were rebuilt after the storm ({STORM}, {STRUCK}).", "The inn closed for a season after {STORM} ({STRUCK})."],
    "blizzard": ["Older residents still measure storms against one winter (Blizzard of '78).", "The ski resorts talk of a record winter (the Blizzard of 1978)."],
    "foliage-week": ["Visitors arrived for peak colour (week {WK}, {YR}).", "The foliage map showed peak in the north (week {WK}, {YR})."],
    "price-per-pound": ["Boat prices fell to ${PRICE} a pound ({YR}).", "Soft-shell lobster sold for ${PRICE}/lb at the dock ({YR})."],
    "landings": ["Landings fell for a third year ({YR}: {LBS} million pounds).", "The catch was the lowest in a decade ({LBS} million lb, {YR})."],
    "ski-season": ["Skier visits recovered strongly ({YR}–{YR2} season).", "{RESORT} opened early that winter (the {YR}/{YR2} season)."],
    "snowfall": ["The mountain received {SNOW} inches ({YR}).", "Snowfall was well below average ({SNOW} inches, {YR}–{YR2})."],
    "shack-founded": ["Queues still form every summer at {INN} ({FOUNDED}).", "The brand trades on its history, like {INN} (est. {FOUNDED})."],
    "inn-founded": ["Heritage venues such as the Union Oyster House (1826) market their age.", "Longfellow's Wayside Inn (1716) leads with its history.",
                    "Its tours start at the oldest tavern in the state ({INN}, {FOUNDED})."],
    "beer-year": ["Flagship beers such as {BEER} ({BREWED}) built the brewery's name.", "Allagash White (1995) is still its best-seller.",
                  "Queues for Heady Topper (2004) became part of the story."],
    "limited-release": ["The autumn release sold out in a day (Octoberfest, {YR} release).", "Its pumpkin ale returned in August ({YR} batch)."],
    "maple-grade": ["Most of its syrup is sold as one grade ({GRADE}, {YR}).", "Tourists prefer the lighter syrup (Grade A Amber, 2015 standard)."],
    "sugaring-season": ["The sugarhouse opens to visitors in spring (sugaring season, March {YR}).", "Sap ran early that year (sugaring season {YR})."],
    "fair-year": ["{B} sampled its products to thousands of visitors ({FAIR}, {YR}).", "The stand won a ribbon for its pies ({FAIR}, {YR})."],
    "festival-year": ["Maine Lobster Festival {YR} drew record crowds.", "Sponsorship of the Vermont Maple Festival {YR} raised awareness."],
    "route-year": ["Traffic counts on the scenic byway doubled in October ({ROUTE}, {YR}).", "The campaign mapped farm stands along one road ({ROUTE}, {YR})."],
    "highway-opened": ["Leaf peepers crowd the Kancamagus Highway (1959) every October.", "The coastal road (Route 1, built 1920s) links most of the shacks."],
    "award-year": ["{B} has collected a string of prizes ({AWARD}, {YR}).", "The brewery's lager won a medal (Great American Beer Festival gold, {YR}).",
                   "The cheddar took a top prize (World Cheese Awards gold, {YR})."],
    "quoted-slogan": ["Maine still uses its line ‘The way life should be’ on road signs.", "{B}'s tagline ‘Proudly made in New England’ appears on every pack.",
                      "The slogan ‘Wicked good lobster’ is printed on the bags."],
    "visitor-figures": ["Visitor numbers topped 15 million ({YR} visitors).", "Acadia had about {MIL} million recreation visits ({YR})."],
    "fiscal-year": ["Sales rose by {PCT}% (FY{YR}).", "The marketing budget was cut (fiscal {YR}/{YR2})."],
    "occupancy": ["Inns were almost full in October (occupancy {PCT}%, {YR}).", "Midweek rooms stayed empty ({PCT}% occupancy, March {YR})."],
    "rooms-meals-tax": ["Tax receipts show the trend clearly (rooms and meals tax, FY{YR}).", "Lodging tax revenue rose by {PCT}% ({YR})."],
    "flagship-opened": ["The Freeport flagship (open 24 hours since 1951) is a visitor attraction.", "The taproom in Portland (opened {YR}) now hosts events."],
    "product-launched": ["The Bean Boot (1912) is the heart of the brand's story.", "Chunky Monkey (1988) remains a top-five flavour."],
    "heritage-date": ["Packaging carries the founding date (since 1919).", "The cooperative stresses its age (est. 1919, {n} farm families)."],
    "census-population": ["The village is tiny (pop. {n}, 2020 Census).", "Year-round residents are few ({n} in {YR})."],
    "lighthouse": ["The campaign photo was taken at Portland Head Light (1791).", "Visitors stop at the Pemaquid Point light (built 1827)."],
    "park-established": ["Acadia (established 1916) is the brand's backdrop.", "The park's centenary (1916–2016) brought a surge of visitors."],
    "trap-tags": ["Licences are capped (800 trap tags, {YR}).", "Only a few new licences were issued in the zone (Zone C, {YR})."],
    "whale-rules": ["Fishers protested against the new gear rules (right whale rule, {YR}).", "Restaurants dropped lobster for a while (Seafood Watch red listing, September 2022)."],
    "certification-year": ["The fishery was certified sustainable (MSC, 2013).", "The creamery became a B Corp (B Corp certified, 2012)."],
    "handle-hashtag": ["Visitors tag their photos (#MaineThing, {YR}).", "The tourism office answers questions on Instagram (@visitmaine)."],
    "covered-bridge": ["Covered bridges (Quechee, 1970 rebuild) feature in every foliage brochure.", "The photo spot (Taftsville Covered Bridge, 1836) is shared widely."],
    "weather-reading": ["Sales of hot drinks jumped in the cold snap (−20°F, January {YR}).", "The hottest day of the summer (94°F, July {YR}) emptied the ski shop."],
    "holiday-weekend": ["Traffic peaks on one weekend (Columbus Day weekend, {YR}).", "Shacks reopen early (Memorial Day, {YR})."],
    "promo-code": ["Newsletter readers got free shipping (code FOLIAGE{YR}).", "Early bookers used an offer code (LOBSTER{YR2}, 15% off)."],
    "season-pass": ["Pass prices rose again (Epic Pass, {YR}/{YR2}: $8{q}9).", "The resort sold {n},000 season passes ({YR}–{YR2})."],
    "share-year": ["Out-of-state buyers make up most online orders ({PCT}%, {YR}).", "Mobile bookings overtook desktop ({PCT}% of sessions, {YR})."],
    "sports-year": ["Fenway tours are bundled with hotel stays (World Series, 2004).", "Race weekend fills every hotel (Boston Marathon, April {YR})."],
    "ferry-season": ["The ferry returned after a gap (CAT ferry, {YR} season).", "Island bookings depend on the boat (Vinalhaven ferry, summer {YR})."],
    "cruise-calls": ["Cruise ship calls were capped ({TOWN} cruise calls, {YR}: {n}).", "Passenger numbers reached {n},000 ({YR} cruise season)."],
    "leaf-report": ["The colour was patchy in the south (30% turned, Columbus Day {YR}).", "Colour came late that year (about 60% turned by 12 October {YR})."],
}  # fmt: skip
