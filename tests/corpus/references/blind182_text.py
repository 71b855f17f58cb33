"""Frames, claims, brands and decoys of the blind182 pool: marketers in the American Midwest and its diaspora.

A hundred-and-eighty-second independent pool, HELD OUT: never tune the checker on it; report its tables, never its
misses. It was written without reading the checker, its tests or any other pool, from how candidates in Chicago,
Detroit, Minneapolis–Saint Paul, Milwaukee, Cleveland, Columbus, Cincinnati, Indianapolis, St. Louis, Kansas City,
Omaha, Des Moines, Madison, Ann Arbor, Grand Rapids, Fargo and Sioux Falls (and Midwesterners in Toronto, London,
Dublin, Guadalajara and Monterrey) write CIM Level 6 and 7 reports and MBA assignments on the CIM 2206 brief: about
banks and insurers, retailers, food, drink and consumer makers, car makers, restaurants, media and agencies of the
region. Its decoys are the text such reports hold that looks like a citation and is not: statutes with their
numbering (740 ILCS 14, 15 U.S.C. §§ 6501–6506, 47 U.S.C. § 227), regulators' actions, dollars as $, US$ and USD
with M, MM, B and bn, fiscal years and quarters, US dates, tickers, ZIP and area codes, the Super Bowl, Black
Friday, the Fourth of July, the Indianapolis 500, the State Fair, Summerfest and Lollapalooza, founders and
executives with their dates, products, model years, campaigns, awards, venues, teams, festivals of the region's
communities, units, rates, addresses, course codes and translations in brackets.
"""

# ruff: noqa: E501  (frames read best one to a line; curly quotation marks are the point)
from __future__ import annotations

import random

NARRATIVE_START = [
    "{N} argue that {C}.", "{N} found that {C}.", "{N} make the case that {C}.", "{N} showed that {C}, which is directly relevant to {B}.",
    "{N} report that {C}.", "{N} contend that {C}, at least in the Midwest.", "{N} observed that {C}.",
    "{N} concluded that {C}.", "{N} point out that {C}.", "{N} suggests that {C}.", "{N} noted that {C} across the Great Lakes states.",
    "{N} went as far as to say that {C}.", "{N} provides evidence that {C}.", "{N} explain that {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "According to {N}, {C}.", "{O}, {N} found that {C}.", "As {N} explain, {C}.", "{C}, as {N} point out.",
    "This is consistent with {N}, who found that {C}.", "{B} could learn from {N}, who show that {C}.",
    "Research by {N} indicates that {C}.", "{C}; {N} reached much the same conclusion.", "Building on {N}, it appears that {C}.",
    "In a study of Twin Cities shoppers, {N} found that {C}.", "A similar point is made by {N}: {C}.",
    "{O}, work by {N} suggests that {C}.", "For {B}, the takeaway from {N} is that {C}.",
    "Data cited by {N} shows that {C}.", "{C}, which echoes {N}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study found that {C}.", "{O}, {N} framework explains why {C}.", "{N} survey of Midwest shoppers suggests that {C}.",
    "{N} analysis shows that {C}.", "{N} research implies that {C}.", "{N} model helps explain why {C}.",
    "{N} findings suggest that {C}.", "Applying {N} framework to {B}, {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "There is good evidence that {C} {P}.", "It is widely accepted that {C} {P}.",
    "{C}, particularly in the Midwest {P}.", "Studies of Chicago and Detroit shoppers show that {C} {P}.",
    "Put simply, {C} {P}.", "{O}, it appears that {C} {P}.", "Several authors agree that {C} {P}.",
    "For {B}, this matters because {C} {P}.", "Most commentators now accept that {C} {P}.",
    "Evidence from the Great Lakes region suggests {C} {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, although {C2}.", "{C} {P}; even so, {C2}.", "{C} {P}, while {C2}.",
    "Although {C} {P}, {C2}.", "{C} {P} – but {C2}.", "{C} {P}, whereas {C2}.", "While {C} {P}, it is also true that {C2}.",
]  # fmt: skip
CLAIMS = [
    "{B} relies on {T} more heavily than its rivals", "{A} in the Midwest reward {T} with {R}",
    "price promotions around Black Friday erode {R} among {A}", "regional banks win {A} through community sponsorship",
    "{T} lifts {R} when it is tied to local pride", "{A} trust a hometown brand more than a national one",
    "grocery loyalty apps drive {R} among {A}", "{B} could use {T} to reach {A} in {city}",
    "Super Bowl spots rarely pay back in {R}", "insurance advertising that uses humour builds {R}",
    "{A} in smaller Midwest cities respond better to {T} than to TV", "co-operatives enjoy higher trust than investor-owned firms",
    "Hispanic shoppers in {city} are underserved by mainstream retailers", "first-party data from loyalty programs lowers acquisition costs",
    "{T} works best when it reflects the Midwestern value of modesty", "brands that sponsor the State Fair see a lift in {R}",
    "{B} has lost {A} to private-label rivals", "retail media networks now take a growing share of CPG budgets",
    "bilingual campaigns outperform English-only ones among {A}", "{A} punish brands that overclaim on sustainability",
    "the return on {T} falls as budgets grow", "{B} spends more on {T} than on traditional TV",
]  # fmt: skip
OPENERS = [
    "However", "In practice", "For {B}", "Similarly", "At the same time", "By contrast", "In the case of {B}",
    "More recently", "Even so", "In the Midwest", "In {city}", "Closer to home", "For a brand like {B}", "That said",
    "In the U.S. context", "Over the past decade",
]  # fmt: skip
PLAIN = [
    "{B} sells through its own app, its website and a network of stores across {state}.",
    "The campaign ran for eight weeks across paid social, connected TV and in-store radio.",
    "{B} is headquartered in {city} and most of its customers live within a day's drive.",
    "The brief asks for a marketing plan for the next fiscal year.",
    "This section applies the 7Ps to {B}.",
    "{O}, {C}.",
    "A SWOT analysis is set out in Appendix A.",
    "Two competitors dominate the category in the upper Midwest.",
    "The target segment is described in detail below.",
    "{B}'s brand team is small, and most creative work goes to an agency in {city}.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one textbook puts it, {Q} {P}.", "{N} put it bluntly: {Q}.", "It has been argued that {Q} {P}.",
    "In the words of {N}, {Q}.", "This is summed up well: {Q} {P}.", "{N} warn that {Q}.",
    "The point is made clearly: {Q} {P}.", "One Chicago study concluded that {Q} {P}.", "{Q}, according to {N}.",
]  # fmt: skip
SCARE_QUOTES = [
    "“Minnesota nice”", "‘heartland values’", '"pop"', "“flyover country”", "‘Midwest humble’", '"hotdish"',
    "“ope”", "‘Rust Belt revival’", "“small-town feel”", '"Crave Case"', "“Flavor of the Day”", "‘jingle’",
    "“good neighbor”", '"Chicago-style"',
]  # fmt: skip
SCARE_FRAMES = [
    "{B} leans on {Q} in almost all of its advertising {P}.", "So-called {Q} marketing can come across as patronising {P}.",
    "The idea of {Q} still shapes how brands talk to {A} {P}.", "Critics call this {Q} branding {P}.",
    "What agencies describe as {Q} is often just regional stereotyping {P}.", "{N} describe the tone as {Q}.",
    "Many Chicago agencies now avoid the phrase {Q} {P}.",
]  # fmt: skip
SUBJECT_LINES = [
    "“Your Black Friday deals are here, {first}”", "‘Ope! You left something in your cart’", '"Happy Fourth! Free shipping through Monday"',
    "“Game day snacks for the big game”", "‘Last chance: Cyber Monday ends at midnight CT’", '"Your mPerks rewards expire soon"',
    "“¡Ofertas de Thanksgiving para toda la familia!”", "‘Back-to-school savings start now’",
]  # fmt: skip
SUBJECT_FRAMES = [
    "A subject line such as {Q} lifted open rates {P}.", "{B} sent {Q} to lapsed customers {P}.",
    "Short, seasonal copy ({Q}, for example) performs well with {A} {P}.", "The email headed {Q} beat the control version {P}.",
    "Testing {Q} against a plainer line showed a clear winner {P}.", "{N} cite {Q} as an example of good practice.",
]  # fmt: skip

# Text with brackets, years, figures or quotation marks that is not a citation and must raise no problem.
NOT_CITATIONS = {
    "bipa-statute": [
        "Because {B} uses facial geometry at self-checkout in {city_il}, it is covered by the Illinois Biometric Information Privacy Act (BIPA), 740 ILCS 14.",
        "Damages under BIPA (740 ILCS 14/20) run to $1,000 per negligent and $5,000 per reckless violation.",
        "Written consent is required before any scan (740 ILCS 14/15(b)), so the app flow has to change.",
    ],
    "coppa-statute": [
        "Any sign-up from a child under 13 falls under the Children's Online Privacy Protection Act of 1998, 15 U.S.C. §§ 6501–6506.",
        "COPPA (1998) still governs the games section of the app, so the loyalty plan excludes under-13s.",
    ],
    "can-spam": [
        "Each promotional email must carry a physical postal address and an opt-out link under the CAN-SPAM Act of 2003.",
        "Opt-outs have to be honored within 10 business days (a CAN-SPAM rule since 2003), which the CRM can already do.",
    ],
    "tcpa": [
        "Text-message offers need prior express written consent under the Telephone Consumer Protection Act of 1991, 47 U.S.C. § 227.",
        "The SMS program was paused after a TCPA class action (47 U.S.C. § 227(b)) was filed in the Northern District of Illinois.",
    ],
    "state-privacy-act": [
        "The Minnesota Consumer Data Privacy Act (2024) takes effect on July 31, 2025, and gives shoppers the right to question profiling.",
        "The Indiana Consumer Data Protection Act (effective January 1, 2026) applies to firms holding data on 100,000 Hoosiers.",
        "From 2025, state laws (Iowa, Minnesota, Indiana and Nebraska among them) add opt-outs for targeted advertising.",
    ],
    "regulator-action": [
        "The FTC's revised Endorsement Guides (updated in June 2023) require influencers to disclose any material connection.",
        "The CFPB's rule on credit card late fees ($8 cap, March 2024) was later vacated in court.",
        "The Illinois Attorney General (Kwame Raoul, in office since 2019) has taken a close interest in data breaches.",
    ],
    "dollar-figures": [
        "{B} spent {usd} on measured media last year ({usd2} of it on connected TV).",
        "The settlement ({usd}) was one of the largest under an Illinois privacy law.",
        "Category sales reached {usd} in the twelve months to June ({usd2} in the Midwest alone).",
    ],
    "fiscal-year": [
        "Comparable sales fell 3.7% in fiscal 2023 (the year ended February 3, 2024).",
        "{B}'s marketing budget for FY{yy} ({usd}) is flat on the prior year.",
        "Results for Q{q} FY{yy} (ended {month} {d}) showed digital sales up {pct}.",
    ],
    "us-dates": [
        "The new store opened in {city} on {month} {d}, {Y} (a Saturday).",
        "The promotion ran from 11/28/{Y} to 12/02/{Y}, covering Black Friday and Cyber Monday.",
        "The recall notice went out on {month} {d} ({Y}) and was widely shared on Facebook.",
    ],
    "super-bowl": [
        "{B}'s spot in Super Bowl LVIII (February 11, 2024) cost about $7 million for 30 seconds.",
        "State Farm's 'Like a Good Neighaaaabor' ad ran during Super Bowl LVII (2023).",
        "Thirty-second slots for Super Bowl LIX (2025, New Orleans) sold out by November.",
    ],
    "shopping-days": [
        "Footfall peaked on Black Friday (November 29, 2024) and online sales on Cyber Monday (December 2).",
        "Thanksgiving (the fourth Thursday in November) is now a closed day for {retailer}'s stores.",
        "Giving Tuesday (December 3, {Y}) raised a record sum for food banks in {state}.",
    ],
    "federal-holidays": [
        "Grill sales peak between Memorial Day (May 27) and the Fourth of July.",
        "The mattress sale runs over Labor Day weekend (August 30–September 2).",
        "{B}'s stores close early on Martin Luther King Jr. Day (January 20, 2025) for a day of service.",
    ],
    "indy-500": [
        "{B} sponsored a car in the 108th Indianapolis 500 (May 26, 2024).",
        "The Indy 500 (first run in 1911) still draws more than 300,000 fans to the Speedway.",
    ],
    "state-fair": [
        "The pop-up stand at the Minnesota State Fair (August 22–September 2, 2024) sold out of cheese curds by noon.",
        "More than two million visitors came to the State Fair (2023), a record at the time.",
        "The Iowa State Fair (Des Moines, August 2024) is where the butter cow has stood since 1911.",
    ],
    "music-festivals": [
        "{B} activated at Summerfest (Milwaukee, June 20–July 6) with a branded stage.",
        "Lollapalooza (Grant Park, August 1–4, 2024) gave the brand access to 400,000 young fans.",
        "The brand's tent at Taste of Chicago ({Y}) was staffed by volunteers from the Pilsen store.",
    ],
    "auto-show": [
        "The pick-up was unveiled at the Detroit Auto Show (2025), now held in January again.",
        "Attendance at the North American International Auto Show (NAIAS 2019) fell to 774,000.",
    ],
    "sports-events": [
        "Ad rates rise sharply during March Madness (the 2024 NCAA tournament) and the Big Ten championship.",
        "The Big Ten (founded 1896) now stretches from Maryland to Los Angeles.",
        "The Chiefs (Super Bowl champions in 2020, 2023 and 2024) are a natural partner for a Kansas City brand.",
        "Wrigley Field (1914) and the Cubs' 2016 World Series win remain marketing gold in Chicago.",
    ],
    "founded-legal-form": [
        "{company} (founded {founded}) still markets itself as a family business.",
        "Land O'Lakes, Inc. (a cooperative since 1921) is owned by its farmer members.",
        "Meijer, Inc. (est. 1934, Greenville, Michigan) pioneered the supercenter format.",
    ],
    "tickers": [
        "{B}'s parent ({ticker}) reports its results every quarter.",
        "Shares of Target Corporation (NYSE: TGT) fell 20% in a single day in May 2024.",
        "Fifth Third Bancorp (NASDAQ: FITB) and Huntington (NASDAQ: HBAN) compete for the same Ohio households.",
    ],
    "phone-area-codes": [
        "Customers can text the store team on {phone}.",
        "The helpline ({area}) 555-0199 is staffed from 8 a.m. to 8 p.m. Central.",
        "Local ads carry the {area} area code to signal that the business is local.",
    ],
    "zip-addresses": [
        "The flagship store sits at 1000 Nicollet Mall, Minneapolis, MN 55403.",
        "Most of the test households were in three ZIP codes ({zip}, 60647 and 48209).",
        "Its head office (one Kellogg Square, Battle Creek, MI 49016) houses the brand team.",
    ],
    "founders-dates": [
        "Leo Burnett (1891–1971) built his agency around characters such as the Jolly Green Giant.",
        "Ray Kroc (1902–1984) turned a San Bernardino burger stand into a system run from Chicago.",
        "W.K. Kellogg (1860–1951) was among the first to give away premiums in cereal boxes.",
    ],
    "executives": [
        "{exec} has set a goal of doubling the loyalty base by {Y2}.",
        "Mary Barra (GM chair and CEO since 2014) has tied the brand to the EV transition.",
        "Brian Cornell (Target CEO, 2014–2025) oversaw the shift to stores as fulfillment hubs.",
    ],
    "name-suffixes": [
        "William Clay Ford Jr. (executive chair) presented the new campaign to dealers.",
        "The store was founded by Fred Meijer's father, Hendrik Meijer Sr., in the Great Depression.",
        "John W. Rogers Jr. (Ariel Investments, founded 1983) spoke on the panel about Black-owned brands.",
    ],
    "products-models": [
        "The Ford F-150 Lightning (2022) was marketed to contractors before commuters.",
        "The Chevrolet Silverado EV (MY2024) and the Harley-Davidson LiveWire ONE (2022) target very different buyers.",
        "Culver's ButterBurger (1984) is still the chain's signature product.",
        "Kellogg's Pop-Tarts (1964) got a bowl game of its own in 2023.",
    ],
    "campaign-slogans": [
        "The jingle \"Like a good neighbor, State Farm is there\" (1971) is one of the longest-running in America.",
        "Progressive's Flo (introduced in 2008) is now an ensemble cast.",
        "Allstate's 'Mayhem' campaign (2010) was created by Leo Burnett in Chicago.",
        "'Imported from Detroit' (Chrysler, 2011) reframed the city as a brand asset.",
    ],
    "awards": [
        "The campaign won an Effie Gold ({Y}) and a Cannes Lions Bronze the same year.",
        "{agency} was named Midwest Agency of the Year in {Y} (its third such title).",
        "The spot collected a Clio ({Y}) and two ADDYs from the Chicago Advertising Federation.",
    ],
    "loyalty-programs": [
        "Target Circle (relaunched as Target Circle 360 in April 2024) now has a paid tier.",
        "Meijer's mPerks (launched 2010) and Kroger's Boost membership ($59 a year) compete for the same families.",
        "My Best Buy Plus ($49.99 a year) replaced the old Totaltech membership.",
    ],
    "quarters-periods": [
        "Traffic fell in Q{q} {Y} and again in the holiday quarter.",
        "The test ran for one quarter (Q3 {Y}) in twelve Ohio stores.",
        "Sales in H1 {Y} (January–June) were ahead of plan.",
    ],
    "survey-figures": [
        "Most respondents agreed (n = {n}; margin of error ±3.1 points).",
        "Over half of the sample ({pct}, n = {n}) had used curbside pickup.",
        "Answers were recorded on a seven-point scale (1 = strongly disagree, 7 = strongly agree).",
    ],
    "venues": [
        "{B} holds the naming rights to the arena ({venue}).",
        "U.S. Bank Stadium (opened 2016) hosted Super Bowl LII in 2018.",
        "Target Field (2010) and Target Center (1990) keep the brand in front of Minneapolis fans.",
    ],
    "roads-routes": [
        "Most stores sit along the interstate (I-94 and I-35W) rather than downtown.",
        "Route 66 (commissioned 1926) starts in Chicago, and Portillo's plays on that heritage.",
        "Billboards on the Kennedy Expressway (I-90/94) reach over 300,000 drivers a day.",
    ],
    "community-festivals": [
        "The Hmong New Year (Saint Paul RiverCentre, November {Y}) drew families from across the state.",
        "Día de los Muertos (November 1–2) is now a fixture of the Pilsen and Little Village calendar.",
        "Pączki Day (Fat Tuesday, {Y}) brings queues to Hamtramck's bakeries before dawn.",
        "Ramadan ({Y}) and Eid al-Fitr shift footfall in Dearborn's stores to the evenings.",
        "Juneteenth (a federal holiday since 2021) is marked with a community cookout in Bronzeville.",
    ],
    "translations-in-brackets": [
        "The bakery's slogan, \"hecho en casa\" (made at home), is printed on every bag.",
        "Hmong elders spoke of \"kev ntseeg siab\" (trust) when asked why they bank locally.",
        "Polish shoppers in Avondale still ask for \"kiełbasa\" (sausage) and \"pączki\" (doughnuts) by name.",
        "Somali customers said \"waa la isku halleyn karaa\" (it can be relied upon) about the money-transfer agent.",
    ],
    "regional-words": [
        "In Wisconsin a drinking fountain is a \"bubbler\" (and the ad copy says so).",
        "Regional words (pop, hotdish, ope) appear in the brand's social posts.",
        "The menu explains a \"Chicago-style\" hot dog (no ketchup, ever).",
    ],
    "people-not-authors": [
        "Suni Lee (Tokyo 2020 all-around gold) became a brand ambassador for Hmong-owned businesses.",
        "Prince (1958–2016) is still licensed for Minneapolis tourism campaigns.",
        "Ilhan Omar (U.S. Representative since 2019) visited the Cedar-Riverside store on opening day.",
        "Oprah Winfrey (Harpo Studios, Chicago, 1986–2011) remains the benchmark for product endorsement.",
    ],
    "migration-periods": [
        "The Great Migration (1916–1970) shaped the Black consumer markets of Chicago, Detroit and Milwaukee.",
        "Hmong refugees arrived in Saint Paul after the Secret War (1961–1975).",
        "Polish immigration to Chicago peaked twice (1880–1914 and 1980–1990).",
        "Somali resettlement in the Twin Cities began in the early 1990s (after 1991).",
    ],
    "currency-abroad": [
        "The Toronto launch budget (C$2.5M) was a fraction of the U.S. spend.",
        "In Monterrey the same pack sells for MXN 89 (about US$5).",
        "The Dublin office bills clients in euros (€1.2m in its first year).",
        "The London pitch was worth £3m a year to the agency.",
    ],
    "mexican-places": [
        "The brand tested its Spanish-language ads in Guadalajara (Jalisco) and Monterrey (Nuevo León) first.",
        "Remittances from Chicago to Michoacán (US$5.4bn a year) dwarf local advertising budgets.",
    ],
    "media-channels": [
        "The spot ran on WGN (Channel 9) and WTTW (Channel 11) during the evening news.",
        "MPR News (91.1 FM) carried the sponsorship message every weekday morning.",
        "WBEZ (91.5 FM) and the Sun-Times merged under Chicago Public Media in 2022.",
    ],
    "time-zones": [
        "The livestream starts at 7 p.m. CT (8 p.m. ET) to catch both coasts.",
        "Orders placed before noon (Central time) ship the same day.",
    ],
    "units-sizes": [
        "The new can (12 fl oz) is 20% lighter than the old one.",
        "A Concrete Mixer (16 oz) costs more than a burger at most Culver's locations.",
        "Each store is about 180,000 sq ft (16,700 m²), far larger than a typical grocery store.",
    ],
    "rates-apr": [
        "The store card carries a high rate (APR 31.99%) that few shoppers notice.",
        "The Fed held the federal funds rate at 5.25–5.50% (July 2023 to September 2024).",
        "The bank's high-yield savings account pays 4.10% APY (as of June {Y}).",
    ],
    "course-codes": [
        "This report answers Task 1 of the CIM Level 6 Diploma brief (Module 2206).",
        "The assignment is for MKTG 6206 (Marketing Strategy) at the Chicago campus.",
        "Word count: 3,000 (excluding tables and appendices).",
    ],
    "naics-codes": [
        "The category is defined by its industry code (NAICS 445110, supermarkets and grocery stores).",
        "Competitors were drawn from SIC 5411 and NAICS 722513 (limited-service restaurants).",
    ],
    "airports-codes": [
        "Most of the brand's business travellers fly out of O'Hare (ORD) or Midway (MDW).",
        "The Delta hub at MSP (Minneapolis–Saint Paul) makes Bloomington a natural test market.",
    ],
    "rankings": [
        "{company} ranks high on the Fortune 500 (No. {rank} in {Y}).",
        "The bank moved up two places in the regional league table ({rank}th by deposits).",
    ],
    "percent-change": [
        "Digital sales grew strongly (+{pct} YoY) while stores were flat.",
        "Same-store sales fell (−2.1% vs. {Y}) as shoppers traded down.",
    ],
    "age-segments": [
        "The core segment is young families (ages 25–44) in the suburbs.",
        "Gen Z (born 1997–2012) and Millennials (1981–1996) now make up most of the brand's Instagram audience.",
    ],
    "agency-of-record": [
        "The account moved to a new agency of record ({agency}, since {Y}).",
        "The creative was handled in-house (with media buying at {agency}).",
    ],
    "class-years": [
        "The brand manager is a Kellogg MBA (Class of {Y}) who joined from General Mills.",
        "Two of the interviewees were Ross alumni (BBA '{yy}).",
    ],
    "census-population": [
        "{city} grew to {pop} residents (2020 census count).",
        "Cook County (population 5.1 million) is larger than 28 states.",
        "The Minneapolis–Saint Paul metro area (3.7 million people) is the region's third largest.",
    ],
    "figures-tables": [
        "The segments are compared in a table (Table {q}).",
        "The full survey instrument is in the appendix (Appendix B, questions 1–{n}).",
        "Market shares are plotted below (Figure {q}, 2019–{Y}).",
    ],
    "settlements": [
        "Facebook's BIPA settlement ($650M, 2021) made every Illinois retailer look again at its cameras.",
        "The bank agreed to pay $3.7 billion (December 2022) to settle claims over fees.",
    ],
}  # fmt: skip

BRANDS = [
    "Target", "Best Buy", "Kohl's", "Menards", "Meijer", "Hy-Vee", "Kroger", "Jewel-Osco", "Casey's", "Walgreens",
    "Culver's", "Portillo's", "McDonald's", "Wendy's", "Jimmy John's", "Skyline Chili", "White Castle",
    "U.S. Bank", "Fifth Third", "Huntington", "KeyBank", "Northern Trust", "Discover", "State Farm", "Allstate",
    "Progressive", "Nationwide", "Principal", "Mutual of Omaha", "Thrivent", "General Mills", "Kraft Heinz",
    "Kellanova", "Conagra", "Hormel", "Land O'Lakes", "Anheuser-Busch", "Miller Lite", "Molson Coors",
    "Procter & Gamble", "SC Johnson", "Mars Wrigley", "3M", "John Deere", "Harley-Davidson", "Whirlpool",
    "Ford", "General Motors", "Chrysler", "Dollar General",
]  # fmt: skip

_CITIES = ["Chicago", "Detroit", "Minneapolis", "Saint Paul", "Milwaukee", "Cleveland", "Columbus", "Cincinnati",
           "Indianapolis", "St. Louis", "Kansas City", "Omaha", "Des Moines", "Madison", "Ann Arbor", "Grand Rapids",
           "Fargo", "Sioux Falls"]  # fmt: skip
_STATES = ["Illinois", "Michigan", "Minnesota", "Wisconsin", "Ohio", "Indiana", "Missouri", "Iowa", "Nebraska",
           "Kansas", "North Dakota", "South Dakota"]  # fmt: skip
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December", "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """Fill values only this pool's frames use: Midwest cities, money, codes and names."""
    amount = rng.randint(12, 980)
    usd = rng.choice([f"${amount}M", f"${amount / 10:.1f}B", f"US${amount}m", f"USD {amount} million",
                      f"${amount}MM", f"US${amount / 100:.2f}bn", f"${amount},000"])  # fmt: skip
    amount2 = rng.randint(2, 90)
    usd2 = rng.choice([f"${amount2}M", f"US${amount2}m", f"USD {amount2}M", f"${amount2}MM"])
    company, founded = rng.choice([("Hormel Foods Corp.", "1891"), ("General Mills, Inc.", "1866"),
                                   ("S.C. Johnson & Son, Inc.", "1886"), ("Hy-Vee, Inc.", "1930"),
                                   ("Kohl's, Inc.", "1962"), ("Casey's General Stores, Inc.", "1968"),
                                   ("Menard, Inc.", "1960"), ("Harley-Davidson, Inc.", "1903"),
                                   ("Whirlpool Corp.", "1911"), ("Portillo's Inc.", "1963"),
                                   ("White Castle System, Inc.", "1921"), ("Mutual of Omaha", "1909")])  # fmt: skip
    area = rng.choice(["312", "773", "313", "612", "651", "414", "216", "614", "513", "317", "314", "816", "402", "515"])  # fmt: skip
    return {
        "retailer": rng.choice(["Target", "Best Buy", "Kohl's", "Menards", "Meijer", "Hy-Vee", "Jewel-Osco", "Kroger"]),
        "city": rng.choice(_CITIES), "state": rng.choice(_STATES),
        "city_il": rng.choice(["Chicago", "Naperville", "Schaumburg", "Rockford", "Peoria", "Springfield"]),
        "usd": usd, "usd2": usd2, "company": company, "founded": founded,
        "yy": f"{rng.randint(19, 25)}", "month": rng.choice(_MONTHS), "pct": f"{rng.randint(2, 68)}.{rng.randint(0, 9)}%",
        "ticker": rng.choice(["NYSE: TGT", "NYSE: BBY", "NYSE: KSS", "NYSE: KR", "NASDAQ: KHC", "NYSE: GIS",
                              "NYSE: HRL", "NYSE: PG", "NYSE: F", "NYSE: GM", "NASDAQ: FITB", "NYSE: USB",
                              "NYSE: ALL", "NYSE: PGR", "NASDAQ: CASY", "NASDAQ: PTLO", "NYSE: HOG", "NYSE: WHR"]),
        "area": area, "phone": f"({area}) 555-0{rng.randint(100, 199)}",
        "zip": rng.choice(["60608", "55404", "48126", "53204", "44113", "43215", "45202", "46204", "63103", "68102"]),
        "exec": rng.choice(["Sheila Johnson-Vang (CMO since 2021)", "Tom O'Malley Jr. (chief marketing officer)",
                            "Dr. Amina Yusuf (VP, Insights, 2019–2024)", "Krzysztof \"Chris\" Nowak (Head of Brand)",
                            "Luis García III (SVP Marketing)", "Pa Houa Xiong (Director, Multicultural Marketing)"]),
        "agency": rng.choice(["Leo Burnett", "FCB Chicago", "Ogilvy Chicago", "Colle McVoy", "Carmichael Lynch",
                              "Commonwealth//McCann", "Doner", "Laughlin Constable", "Cramer-Krasselt"]),
        "venue": rng.choice(["Huntington Bank Field, Cleveland", "Allstate Arena, Rosemont", "Target Center, Minneapolis",
                             "Fiserv Forum, Milwaukee", "Nationwide Arena, Columbus", "Ford Field, Detroit",
                             "Lucas Oil Stadium, Indianapolis", "State Farm Stadium, Glendale"]),
        "rank": str(rng.randint(30, 480)), "pop": f"{rng.randint(120, 2800):,},{rng.randint(100, 999)}",
        "first": rng.choice(["Kari", "DeShawn", "María", "Tou", "Agnieszka", "Hodan", "Erik", "Colleen"]),
    }  # fmt: skip
