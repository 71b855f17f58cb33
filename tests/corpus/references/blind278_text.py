"""The blind278 pool's prose: how marketers at golf clubs and resorts, golf-equipment and golf-apparel brands, golf
retailers, tour bodies and golf-tech firms in the UK, Ireland, Spain and Portugal write CIM Level 6 and 7 reports and
MBA assignments on membership, hospitality, retail, sponsorship and participation marketing.

Written without reading the checker, its tests or any other pool. ``{N}`` is a narrative citation, ``{P}`` a
parenthetical one, ``{C}`` a claim, ``{B}`` a brand, ``{O}`` an opener, ``{Q}`` a quotation; the fill values of
``values()`` ({gf}, {yd}, {hi}...) are this pool's own, and it overrides the audiences, tactics, results and
markets ({A}, {T}, {R}, {M}) with golf ones. NOT_CITATIONS holds brackets, years and quotation marks that are no
citation: championships, venues, club and ball models, rules, handicaps, prices, tee times, apps, endorsements,
founding years, sponsorship deals, purses, awards, tickers, straplines and figures.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["St Andrews Links Trust", "The Belfry", "Gleneagles", "Adare Manor", "Valderrama", "Quinta do Lago",
          "Callaway", "TaylorMade", "Titleist", "Ping", "Mizuno", "Galvin Green", "FootJoy", "American Golf",
          "Golf Support", "Clubhouse Golf", "Trackman", "Topgolf", "Hole19", "England Golf", "Golf Ireland",
          "the R&A", "the DP World Tour", "Carnoustie Golf Links", "the K Club", "Monte Rei", "PGA Catalunya",
          "Druids Glen", "Foxhills", "Celtic Manor"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """This pool's own fill values, and golf audiences, tactics, results and markets in place of the common ones."""
    year = rng.randint(2015, 2025)
    return {
        "A": rng.choice(["lapsed members", "women golfers", "junior golfers", "beginners", "visiting golfers",
                         "American golf tourists", "corporate guests", "retired members", "Gen Z golfers",
                         "nine-hole players", "Topgolf visitors"]),
        "T": rng.choice(["tiered membership", "flexible membership", "green fee dynamic pricing", "Instagram Reels",
                         "custom fitting", "pro-am hospitality", "brand ambassadors", "loyalty points",
                         "the booking app", "simulator nights", "taster sessions", "email newsletters"]),
        "R": rng.choice(["membership renewals", "green fee revenue", "spend per visit", "retention", "footfall",
                         "brand recall", "booking conversion", "average order value", "secondary spend"]),
        "M": rng.choice(["winter golf", "golf break", "junior camp", "ladies' day", "fitting day", "summer", "Christmas"]),
        "gf": str(rng.choice([45, 65, 85, 120, 195, 250, 295, 340])), "yd": f"{rng.randint(6, 7)},{rng.randint(100, 499)}",
        "hi": f"{rng.randint(0, 28)}.{rng.randint(0, 9)}", "cr": f"{rng.randint(69, 75)}.{rng.randint(0, 9)}",
        "sl": str(rng.randint(113, 148)), "fee": f"{rng.randint(9, 28)}{rng.choice(['00', '50', '95'])}",
        "tee": rng.choice(["7.10am", "7.30am", "8.00am", "12.40pm", "3.20pm", "6.50am"]),
        "pc": str(rng.randint(4, 68)), "Y3": str(year), "Y4": str(year + 1),
        "pro": rng.choice(["Shane Lowry", "Rory McIlroy", "Jon Rahm", "Tommy Fleetwood", "Leona Maguire",
                           "Georgia Hall", "Matt Fitzpatrick", "Charley Hull", "Séamus Power", "Carlota Ciganda"]),
        "club": rng.choice(["Royal Dublin (1885)", "The Belfry (1977)", "Royal Portrush (1888)", "Lahinch (1892)",
                            "Valderrama (1974)", "Royal County Down (1889)", "Penha Longa (1992)", "Muirfield (1744)"]),
    }  # fmt: skip


NARRATIVE_START = [
    "{N} argue that {C}.", "{N} found that {C}, although their sample was drawn from members' clubs only.",
    "{N} concluded that {C}, which matters for {B}.", "{N} suggests that {C}.", "{N} reported that {C} in Scotland and Ireland.",
    "{N} make the point that {C}; {B} is a good example.", "{N} warned that {C} unless clubs modernise.",
    "{N} showed that {C} among {A}.", "{N} identified that {C}.", "{N} note that, since the pandemic, {C}.",
    "{N} went further and claimed that {C} and that {C2}.", "{N} describes {T} as a quick win and shows that {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "In their study of Spanish golf resorts, {N} found that {C}.", "{O}, {N} argued that {C}.",
    "This is consistent with {N}, who found that {C}.", "{C}, which supports the findings of {N}.",
    "As {N} point out, {C}.", "According to {N}, {C}.", "{B} is a case in point: {N} showed that {C}.",
    "Research by {N} suggests that {C}.", "{C} – a view shared by {N}.", "Data from {N} show that {C}.",
    "For {B}, the lesson from {N} is that {C}.", "{C}; however, {N} found the opposite for {A}.",
    "Evidence from {N} suggests that, for {A}, {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} research shows that {C}.", "Using {N} framework, it is clear that {C}.", "{O}, {N} report concluded that {C}.",
    "{B} could apply {N} model, since {C}.", "{N} findings are relevant to {B} because {C}.",
    "According to {N} survey, {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "Research shows that {C} {P}.", "For {A}, {C} {P}.", "This matters because {C} {P}.",
    "{B} is no exception, as {C} {P}.", "It is often argued that {C} {P:see}.", "Several studies report that {C} {P:e.g.}.",
    "{C}, especially at resort courses {P}.", "In short, {C} {P}.", "{C}, which is why {B} invests in {T} {P}.",
    "{C} {P:see also}.", "A key point for {B} is that {C} {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, but {C2}.", "{C} {P}; {C2}.", "While {C} {P}, {C2}.",
    "Although {C} {P}, it is also true that {C2}.", "Because {C} {P}, {B} should make sure that {C2}.",
    "Studies {P} agree that {C}.", "{O}, {C} {P}, so {C2}.",
]  # fmt: skip
CLAIMS = [
    "{A} are more likely to join a club that offers {T}", "{T} lifted {R} by around {pc}% at one resort",
    "golf clubs that ignore {A} risk falling membership", "the post-COVID boom in rounds has started to level off",
    "golf tourism depends heavily on access flights and shoulder-season pricing", "{T} drives {R} only when the offer is relevant",
    "women remain under-represented in club membership across the UK and Ireland",
    "{B}'s reliance on {T} leaves it exposed if demand falls", "sponsorship of tour events raises brand recall among {A}",
    "off-course formats such as simulators bring new players into golf", "{A} value flexibility more than full playing rights",
    "premium equipment brands compete on performance claims and tour validation",
    "golf retailers face margin pressure from direct-to-consumer brands", "a clear sustainability story helps clubs like {B} to attract {A}",
    "hospitality spend rises when a resort hosts a televised event", "{A} respond better to peer reviews than to brand claims",
]  # fmt: skip
OPENERS = [
    "Furthermore", "In addition", "On the other hand", "For example", "In the UK and Ireland", "For {B}",
    "Since the pandemic", "In the context of {B}", "From a member's perspective", "Nevertheless", "As a result",
    "In Spain and Portugal", "Looking at {B}'s competitors", "Overall", "Within the golf retail sector",
]  # fmt: skip
PLAIN = [
    "{B} runs two championship courses, a nine-hole course and a driving range.",
    "This report analyses {B}'s membership marketing and makes recommendations for the next two seasons.",
    "The table below summarises the key performance indicators for each segment.",
    "{B}'s Instagram account has around {n}k followers, but engagement is low outside major weeks.",
    "The recommendations are costed and phased over twelve months.", "{O}, {C}.",
    "Most green fee bookings come through the club website, with the rest by phone and tour operators.",
    "A SWOT and PESTLE analysis of {B} is included in the appendix.",
    "The main competitors are {B} and two nearby parkland clubs.",
    "Task 2 builds on this by proposing a sponsorship activation plan.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one sport marketing text puts it, {Q} {P}.", "This is summed up well: {Q} {P}.",
    "{B} appears to accept that {Q} {P}.", "One review concluded that {Q} {P}.", "Marketers are reminded that {Q} {P}.",
]  # fmt: skip
SCARE_QUOTES = ["‘golf boom’", "‘pay and play’", "‘slow play’", "‘country club’", "‘greenwashing’", "'stay and play'",
                "‘tour-validated’", "“premium”", "‘nineteenth hole’", "'golf-curious'", "‘experiential’",
                "‘the Tiger effect’"]  # fmt: skip
SCARE_FRAMES = [
    "{B} markets itself as a {Q} destination {P}.", "Many younger players are put off by {Q} culture {P}.",
    "So-called {Q} golf is a growing segment for {B} {P}.", "The term {Q} is used loosely in the industry {P}.",
    "Critics describe this as {Q}, and {B} is not immune {P}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Your {M} tee time is waiting’", "‘Members’ early bird: renew before 31 March’", "“Fit for {Y3}: book your fitting”",
                 "‘Last few {M} tee times left’", "‘Bring a friend for free this Sunday’", "'Stay and play from £{gf}'",
                 "“We miss you on the first tee”", "‘New season, new clubs – up to 30% off’"]  # fmt: skip
SUBJECT_FRAMES = [
    "A subject line such as {Q} can lift open rates {P}.", "{B} used {Q} in its lapsed-member email {P}.",
    "Short, urgent copy ({Q}, for example) performs well with {A} {P}.",
    "The email {Q} was opened by more {A} than any other {P}.",
]  # fmt: skip

NOT_CITATIONS = {
    "championship-venue-year": [
        "Hotel bookings across the Wirral sold out during The Open at Royal Liverpool (2023).",
        "{B} ran hospitality packages for The Open at Royal Troon (2024) and again at Royal Portrush (2025).",
        "Visitor spend in Fife peaks when The Open returns to St Andrews (2022 was the 150th).",
    ],
    "ryder-cup": [
        "Interest in European golf peaked after the Ryder Cup (Marco Simone, 2023).",
        "The Ryder Cup 2025 at Bethpage was watched by millions of European viewers.",
        "Adare Manor will host the Ryder Cup (2027), and {B} is already planning packages.",
    ],
    "solheim-cup": [
        "The Solheim Cup (2019) at Gleneagles drew record crowds for a women's event.",
        "Girls' golf sessions rose after the Solheim Cup (Finca Cortesin, 2023).",
    ],
    "club-ball-model": [
        "The Titleist Pro V1 (2000) changed the premium ball market almost overnight.",
        "{B}'s shop put the TaylorMade Qi10 (2024) at the front of the store.",
        "Ping G430 drivers (launched 2022) were still the best-selling model two seasons later.",
        "The Callaway Paradym Ai Smoke (2024) was marketed around artificial intelligence.",
    ],
    "rules-year": [
        "The 2019 Rules of Golf simplified dropping procedures and speeded up play.",
        "Clubs had to update their local rules after the Rules of Golf (2023 edition) came in.",
    ],
    "handicap-system": [
        "The World Handicap System (2020) made it easier for beginners to get an official handicap.",
        "Members now track their scores on the app (WHS, since November 2020).",
    ],
    "handicap-index": [
        "The typical new member plays off a high handicap (Handicap Index {hi}).",
        "The target segment is improving golfers (Handicap Index 10–20).",
    ],
    "course-rating": [
        "The championship course is demanding (course rating {cr}, slope {sl}).",
        "The forward tees were re-rated for women (rating {cr}, slope {sl}, {Y3}).",
    ],
    "green-fee": [
        "Peak-season visitors pay a premium (£{gf} per round, {Y3}).",
        "Winter green fees are far lower (€{gf} in January {Y3}, including buggy).",
        "{B} raised its summer green fee ({Y3}: £{gf}) without losing bookings.",
    ],
    "membership-price": [
        "A full seven-day membership costs £{fee} ({Y3}/{Y4} subscription).",
        "The flexible points membership (£{fee} a year, {Y3}) suits younger professionals.",
    ],
    "tee-time": [
        "Members have priority on Saturday mornings (first tee {tee} to 10.00am).",
        "Visitors can book online up to 60 days ahead (tee times every 10 minutes).",
    ],
    "yardage": [
        "The course plays long from the back tees ({yd} yards, par 72).",
        "{B}'s new nine-hole loop is short enough for beginners (2,{n} yards, par 33).",
    ],
    "launch-monitor": [
        "Fitting bays are equipped with launch monitors (Trackman 4).",
        "The academy upgraded from the GCQuad to the Trackman iO ({Y3}).",
    ],
    "app-version": [
        "Hole19 premium (version {q}.{q}) adds GPS distances and shot tracking.",
        "The booking app (iOS 17 and Android 14) lets members book and pay in one step.",
    ],
    "endorsement": [
        "{pro} (TaylorMade staff player since {Y3}) fronts the campaign.",
        "Rory McIlroy's move to TaylorMade (2017) followed his Nike contract (2013–2016).",
    ],
    "player-contract": [
        "The club signed a touring professional as ambassador (three-year deal, {Y3}–{Y4}).",
        "Nike's deal with McIlroy (reported at $100m over ten years, 2013) set a new benchmark.",
    ],
    "founding-year": [
        "Heritage matters in Irish golf: {club} still trades on its history.",
        "The Belfry (1977) has hosted the Ryder Cup four times.",
        "The club (est. 1892) is one of the oldest in the county.",
    ],
    "sponsorship-deal": [
        "Rolex has partnered The Open for decades (patron since 1981).",
        "The European Tour became the DP World Tour (title partnership, 2022).",
        "{B} signed a regional sponsorship deal (five years from {Y3}).",
    ],
    "ticket-price": [
        "Championship tickets were not cheap (£{gf} a day, {Y3}).",
        "Under-25s paid a reduced rate (£25 ground pass, {Y3}).",
    ],
    "tournament-purse": [
        "The prize fund has grown quickly (purse: $25m, {Y3}).",
        "The Irish Open offered a larger prize fund ($6m in 2024) than ever before.",
    ],
    "award-year": [
        "The Mizuno irons were a Golf Monthly Editor's Choice winner in {Y3}.",
        "{B} won Best Golf Resort in Europe at the World Golf Awards (2023).",
        "The shop took ‘Retailer of the Year’ at the {Y3} golf industry awards.",
    ],
    "stock-ticker": [
        "Acushnet is listed in New York (NYSE: GOLF).",
        "Topgolf Callaway Brands (NYSE: MODG) reported a weaker year for its venues.",
        "Frasers Group (LSE: FRAS) owns a large share of UK golf retail.",
    ],
    "strapline": [
        "Titleist's ‘#1 ball in golf’ claim appears on every box.",
        "FootJoy's ‘#1 shoe and glove in golf’ line rests on tour counts.",
        "England Golf's ‘Get into Golf’ message runs through the campaign.",
        "Galvin Green's 'Dress for the weather' line fits a Scottish audience.",
    ],
    "rounds-played": [
        "Demand held up well ({Y3} rounds played: {n},000).",
        "Rounds fell slightly after the boom ({Y3} rounds played, down {pc}%).",
    ],
    "world-ranking": [
        "{pro} (world No. {q} in {Y3}) is the brand's best-known ambassador.",
        "Ranking matters for fees (top 50, Official World Golf Ranking).",
    ],
    "major-win": [
        "Shane Lowry (Open champion, 2019) gave Irish golf a marketing lift.",
        "Spanish interest grew after Jon Rahm's win (Masters, 2023).",
    ],
    "course-designer": [
        "The PGA Centenary Course (Jack Nicklaus, 1993) is the resort's showpiece.",
        "Valderrama's layout (Robert Trent Jones Sr., 1974) is a selling point for American visitors.",
        "The King's Course (James Braid, 1919) is the one most visitors ask for.",
    ],
    "hotel-rating": [
        "The hotel holds a top rating (five AA Red Stars, {Y3}).",
        "Its restaurant gained recognition (two AA Rosettes, {Y3}).",
    ],
    "reopening-year": [
        "The manor reopened after a major refurbishment (2018) and repositioned as ultra-luxury.",
        "Courses reopened after lockdown (29 March 2021 in England).",
    ],
    "season": [
        "Membership numbers rose again ({Y3}/{Y4} season).",
        "Winter packages run through the quiet months (November–March).",
    ],
    "event-dates": [
        "The pro-am sold all of its hospitality places (18–21 July {Y3}).",
        "The fitting roadshow visited six stores (March–May {Y3}).",
    ],
    "participation-figure": [
        "Participation is high in Great Britain (4.4 million adults on a full-length course, 2023).",
        "Ireland has a large club base ({n},000 club members, {Y3}).",
    ],
    "equipment-spec": [
        "Most customers are fitted into a higher-lofted driver (10.5°, regular flex).",
        "The ball is aimed at slower swing speeds (compression 38, three-piece).",
    ],
    "tour-event-year": [
        "The Amgen Irish Open 2024 at Royal County Down brought in American visitors.",
        "The Andalucía Masters (Sotogrande, 2023) is the resort's main televised event.",
    ],
    "financial-year": [
        "Golf equipment sales slowed (FY{Y3} results).",
        "Revenue grew strongly (52 weeks to 28 April {Y3}).",
    ],
    "currency": [
        "Prices in Portugal look cheap to British visitors (€1 = £0.86).",
        "The resort quotes in euros (about £{gf} at {Y3} exchange rates).",
    ],
    "age-band": [
        "Junior membership is heavily discounted (under-18s, £{n} a year).",
        "Intermediate rates target young adults (aged 18–30).",
    ],
    "bay-count": [
        "Topgolf's venue in Watford is large (opened 2012, over 100 bays).",
        "The range was rebuilt with covered bays (24 bays, Toptracer, {Y3}).",
    ],
    "hole-reference": [
        "The most photographed hole is the Road Hole (17th, Old Course).",
        "Visitors queue for photos on the Swilcan Bridge (18th hole).",
    ],
    "order-of-merit": [
        "{pro} finished high on the Race to Dubai ({Y3} rankings).",
        "The tour's season-long standings (Race to Costa del Sol, {Y3}) matter to the sponsor.",
    ],
    "olympic-golf": [
        "Golf's return to the Olympics (Rio 2016) raised its profile in non-traditional markets.",
        "Irish interest grew after the Olympic medal (Paris 2024).",
    ],
    "sustainability-certification": [
        "The course is certified for its environmental work (GEO Certified, {Y3}).",
        "The resort holds a green tourism award (Gold, {Y3}).",
    ],
    "social-handle": [
        "Most engagement comes through the club's Instagram (@ClubGolfUK).",
        "The campaign hashtag (#GetIntoGolf) trended during the summer.",
    ],
    "legislation": [
        "Single-sex clubs faced pressure under the Equality Act 2010.",
        "Marketing emails to members need consent under the Data Protection Act 2018.",
    ],
    "abbreviation": [
        "Handicaps are administered through the Council of National Golf Unions (CONGU).",
        "The Golf Environment Organization (GEO) runs the main certification scheme.",
        "The Golf Club Managers' Association (GCMA) represents club secretaries and managers.",
    ],
    "cross-reference": [
        "The membership funnel is shown in the appendix (Appendix {q}, Figure {q}).",
        "Costs are set out in full (see Table {q}).",
    ],
    "membership-count": [
        "The club is close to capacity ({n} full members, {Y3}).",
        "The waiting list is growing ({n} applicants, {Y3}).",
    ],
    "survey-sample": [
        "Most members preferred email to text messages (n = {n}).",
        "The visitor survey ran over the summer ({n} responses, June–August {Y3}).",
    ],
    "loyalty-tier": [
        "Regular customers move up a tier (Gold, over £{fee} spend a year).",
        "The rewards scheme has three levels (Birdie, Eagle and Albatross).",
    ],
}  # fmt: skip
