"""Prose for the sixty-eighth held-out pool, "blind68": how Canadian marketing candidates write.

HELD OUT: never tune the checker on this pool; report its tables, never its misses. Written by a sixty-eighth hand,
without reading the checker, its tests or the other pools' frames, decoys and works, from how brand, CRM, trade,
digital and communications marketers at retailers, banks and credit unions, telecoms, grocers, coffee chains,
airlines, provincial crown corporations, federal and provincial departments, Indigenous tourism bodies and agencies
in Toronto, Montréal, Vancouver, Calgary, Ottawa, Halifax and Winnipeg write: CIM Level 6 and 7 reports and MBA
assignments in English, with C$ and CAD figures, fiscal years and quarters, Statistics Canada table numbers, Acts by
chapter and year, CRTC decisions by number, Bill 96 and Law 25, Ad Standards and Competition Bureau matters, Boxing
Day, Black Friday, Canada Day and October Thanksgiving campaigns, loyalty programmes and tiers, store and branch
counts, tickers, bilingual names and French words glossed in brackets, postal codes, hashtags, handles and promo codes.
"""

# ruff: noqa: E501  (frames read best one to a line)
from __future__ import annotations

import random

NARRATIVE_START = [
    "{N} argues that {C}.",
    "{N} found that {C}, which is directly relevant to {B}.",
    "{N} makes the case that {C}.",
    "{N} notes that {C}, a point the Toronto agency team raised in our kickoff.",
    "{N} shows that {C}; for {B} this is a {CITY} question as much as a national one.",
    "{N} observes that {C}.",
    "{N} concludes that {C}, although the sample was not Canadian.",
    "{N} reported that {C}.",
    "{N} suggests that {C} and that {C2}.",
    "{N} is clear that {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "As {N} points out, {C}.",
    "This is consistent with {N}, who found that {C}.",
    "Building on {N}, this plan assumes that {C}.",
    "For {B}, the lesson from {N} is that {C}.",
    "In the {PROV} market, the work of {N} suggests that {C}.",
    "Following {N}, the team treats {T} as a retention lever rather than an acquisition one.",
    "It is worth noting, as {N} does, that {C}.",
    "The segmentation here borrows from {N} and splits {A} by life stage.",
    "Here the view of {N} is useful: {C}.",
    "Unlike the US studies, {N} looked at Canadian shoppers and found that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study of {A} found that {C}.",
    "{N} framework is used in section 2 to map the customer journey.",
    "{N} findings suggest that {C}.",
    "Applying {N} model to {B}, {C}.",
    "{N} work on {T} is the starting point for this recommendation.",
    "{N} survey of shoppers in {CITY} showed that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.",
    "Research suggests that {C} {P}.",
    "In Canada, {C} {P}.",
    "{C}, particularly among {A} {P}.",
    "There is good evidence that {C} {P}.",
    "For a bank or credit union, {C} {P}.",
    "Across the grocery sector, {C} {P}.",
    "Several studies agree that {C} {P}.",
    "This matters because {C} {P}.",
    "{O}, {C} {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, so {B} should test {T} before the national launch.",
    "Because {C} {P}, the plan phases spend over two quarters.",
    "It is often argued that {C} {P}, yet {B} has not acted on it.",
    "Since {C} {P}, the {CITY} pilot comes first.",
    "{C} {P}, and this is why the brief focuses on {A}.",
    "While {C} {P}, the evidence for {A} is thinner.",
    "{O}, {C} {P}, which supports a bilingual rollout.",
    "Given that {C} {P}, retention targets are set at {PCT} per cent.",
]  # fmt: skip
CLAIMS = [
    "loyalty members spend more per visit than non-members",
    "bilingual packaging builds trust with Québec shoppers",
    "price perception drives grocery switching more than range",
    "Canadians are more likely to trust their bank than their telecom provider",
    "personalised offers lift redemption when they feel relevant rather than intrusive",
    "newcomers choose a bank within their first few weeks in the country",
    "customers forgive a service failure when the recovery is quick and human",
    "Indigenous-led tourism experiences command a price premium",
    "short-form video reaches younger audiences at a lower cost per view",
    "consent-based email lists outperform purchased lists on every metric",
    "buy-Canadian messaging resonates most with older shoppers",
    "store staff remain the strongest driver of satisfaction in pharmacy retail",
    "mobile app users visit coffee chains more often than other customers",
    "members of credit unions report higher satisfaction than customers of the large banks",
    "discount banners have gained share as food inflation persisted",
    "in-flight experience matters less than on-time performance to business travellers",
    "sustainability claims are discounted when they are vague",
    "regional pride can be a stronger hook than national identity",
    "first-party data has become the core asset of retail media",
    "complaints about wireless bills fall when pricing is simplified",
    "trust in brands rises when they communicate in both official languages",
    "seasonal campaigns now start earlier every year",
    "winter travel is driven by visiting friends and relatives",
    "points currencies lose appeal when earn rates are cut",
]  # fmt: skip
OPENERS = [
    "In practice", "On the other hand", "For {B}", "In the Canadian context", "At the same time", "More broadly",
    "Looking at {CITY}", "From a CRM perspective", "In {FY}", "For a crown corporation",
]  # fmt: skip
PLAIN = [
    "The recommendations below are sequenced by cost and by how quickly they can be measured.",
    "Section 3 sets out the budget and the key performance indicators.",
    "The campaign will run in English and French from the start, not as a translation afterwards.",
    "Our store managers were interviewed informally and their views are summarised here.",
    "This section turns from the external audit to the internal one.",
    "The next part of the report looks at the customer journey from first visit to repeat purchase.",
    "Budget lines are shown in Canadian dollars and exclude HST.",
    "The team agreed to focus on two segments rather than five.",
    "Measurement will be reviewed at the end of each quarter with the finance partner.",
    "The options were scored against feasibility, cost and fit with the brand.",
    "A phased approach reduces risk for the organisation.",
    "The appendix holds the full stakeholder map.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.",
    "One author puts it bluntly: {Q} {P}.",
    "{N} writes that {Q}.",
    "As {N} put it, {Q}, and this sums up the problem for {B}.",
    "The point is made well elsewhere: {Q} {P}.",
    "{O}, {Q} {P}.",
    "It has been said that {Q} {P}, which {B} would do well to remember.",
]  # fmt: skip
SCARE_QUOTES = [
    "“value for money”", "\"Canadian-made\"", "“seamless”", "‘omnichannel’", "\"frictionless\"", "“premium”",
    "“points fatigue”", "\"shrinkflation\"", "“local”", "‘everyday low price’", "“digital-first”", "\"authentic\"",
]  # fmt: skip
SCARE_FRAMES = [
    "Many shoppers now see the brand as {Q}, a view supported by {P}.",
    "The word {Q} appears in almost every brief, though its meaning is rarely agreed {P}.",
    "{N} questions what {Q} means to a family on a budget.",
    "Customers describe the service as {Q} {P}.",
    "Being {Q} is not a strategy on its own, as {N} argues.",
]  # fmt: skip
SUBJECT_LINES = [
    "“Your points are waiting, {CITY}”", "\"Last chance: Boxing Day deals end tonight\"", "“Bonjour! Your offer is here”",
    "‘Double points this weekend only’", "\"Happy Canada Day from all of us\"", "“Your new plan is ready”",
    "“Thanksgiving savings on everything for the table”", "\"We miss you. Here's 15% off\"",
]  # fmt: skip
SUBJECT_FRAMES = [
    "A subject line such as {Q} tested well in the pilot, in line with {P}.",
    "The email headed {Q} had the highest open rate, which matches {P}.",
    "{N} recommends short subject lines, and {Q} is a good example.",
    "Push notifications like {Q} were sent to app users {P}.",
    "The team trialled {Q} as a subject line, following {N}.",
]  # fmt: skip

NOT_CITATIONS: dict[str, list[str]] = {
    "currency-cad": [
        "The total budget is C${CAD} million for {FY}, split evenly between paid and owned media.",
        "Average basket size rose to CAD {SMALL} ({PCT}% up year on year).",
        "Spend per member was $ {SMALL} (CAD) in Q{q}.",
    ],
    "fiscal-year": [
        "Results for {FY} (ending {MONTH}) were below plan.",
        "The plan covers {FY} and {FY2}, with a review at the end of Q{q}.",
    ],
    "statcan-table": [
        "Retail sales figures come from Statistics Canada Table {TBL} (seasonally adjusted).",
        "The household spending data (Table {TBL}) were downloaded on {d} {MONTH}.",
    ],
    "act-chapter": [
        "All commercial electronic messages must comply with CASL (S.C. 2010, c. 23) before launch.",
        "Under PIPEDA (S.C. 2000, c. 5), consent for the loyalty data must be meaningful.",
        "Québec's Law 25 (S.Q. 2021, c. 25) applies to every member in the province.",
    ],
    "bill-number": [
        "Bill 96 (the French-language reform) changes what our signage in Québec must look like.",
        "The team tracked Bill C-{SMALL} as it moved through the House of Commons.",
        "Bill C-27 (Digital Charter Implementation Act) died on the Order Paper.",
    ],
    "crtc-decision": [
        "Telecom Decision CRTC {Y}-{SMALL} sets the context for the pricing recommendation.",
        "The Wireless Code (Telecom Regulatory Policy CRTC 2013-271) limits how contracts can be marketed.",
    ],
    "ad-standards": [
        "The Canadian Code of Advertising Standards (the Code) applies to all of the creative in Appendix B.",
        "An Ad Standards complaint in {Y} (Clause 1, Accuracy and Clarity) was upheld against a rival.",
    ],
    "competition-bureau": [
        "Since the {Y2} amendments to the Competition Act, drip pricing is treated as false or misleading.",
        "The Competition Bureau (Bureau de la concurrence) published new greenwashing guidance in June 2024.",
    ],
    "campaign-season": [
        "Boxing Day ({Y}) delivered {PCT}% of December revenue.",
        "The Black Friday to Cyber Monday window (Nov. {d}-{d2}) is now the biggest in the calendar.",
        "Thanksgiving (the second Monday in October) is the key grocery moment in Q{q}.",
        "Canada Day (July 1) creative will use red and white, not the maple leaf logo.",
    ],
    "stock-ticker": [
        "Loblaw (TSX: L) and Metro (TSX: MRU) both reported margin pressure.",
        "BCE (TSX: BCE; NYSE: BCE) cut its dividend guidance in {Y2}.",
    ],
    "corporate-suffix": [
        "The parent company and its subsidiary {STORE} Ltd. share one customer database.",
        "Canadian Tire Corporation, Limited (CTC) owns SportChek, Mark's and Party City in Canada.",
    ],
    "bilingual-name": [
        "Canada Post (Postes Canada) delivers the direct mail piece to {n} thousand households.",
        "Destination Canada (DC) and Tourisme Montréal co-fund the campaign.",
        "Innovation, Science and Economic Development Canada (ISED) runs the consultation.",
    ],
    "french-gloss": [
        "The Québec team prefers «infolettre» (newsletter) to the English term.",
        "Members call the branch their caisse (credit union branch), not their bank.",
        "The dépanneur (corner store) channel is treated separately in the plan.",
    ],
    "loyalty-tier": [
        "PC Optimum members earn {SMALL},000 points ($10 in rewards) on the offer.",
        "Scene+ members in Tier {q} get early access to the sale.",
        "Aeroplan 25K and 35K members (Air Canada Altitude) are targeted in wave 2.",
    ],
    "store-count": [
        "{B} operates {n} stores across {PROV} (as of {MONTH} {Y2}).",
        "The bank has {n} branches (including {SMALL} in-store kiosks).",
    ],
    "province-code": [
        "The pilot runs in ON, QC and BC first (AB and NS in wave 2).",
        "Stores in {PROVCODE} and {PROVCODE2} see the highest basket values.",
    ],
    "postal-code": [
        "The test stores sit in FSAs {FSA} and M5V (downtown {CITY}).",
        "Returns go to the distribution centre at {n} Industrial Road, {CITY}, {FSA} 2K9.",
    ],
    "phone-number": [
        "The campaign line (1-800-{SMALL}-{n}0) is staffed seven days a week.",
        "French-speaking customers call 1-888-{n}-{SMALL}0 (option 2).",
    ],
    "percentage-change": [
        "Same-store sales grew {PCT}% (ex-fuel) against {PCT2}% in {Y}.",
        "Churn fell from {PCT}% to {PCT2}% (postpaid mobile) after the plan change.",
    ],
    "survey-sample": [
        "Our own online survey (n = {n}, {CITY} and {CITY2}, {MONTH} {Y2}) asked about switching.",
        "A short poll of members (N={n}) was run in {MONTH}.",
    ],
    "interview-code": [
        "One store manager (Interview 3, {CITY}) described the app as confusing.",
        "Participants P{SMALL} and P{q} both mentioned price first.",
    ],
    "award": [
        "The campaign won a Cassie (Best Launch, {Y2}) and was shortlisted at the CMA Awards.",
        "The agency took Gold at the Marketing Awards {Y2} (Retail).",
    ],
    "hashtag-handle": [
        "User-generated posts used #{TAG} and tagged @{HANDLE}.",
        "The TikTok account (@{HANDLE}) grew to {n}K followers in {MONTH}.",
    ],
    "promo-code": [
        "The code {CODE} gave {PCT}% off the first order (valid until {MONTH} 31).",
        "Members were sent code WELCOME{SMALL} (one use per account).",
    ],
    "url-domain": [
        "The landing page (www.{HANDLE}.ca/offers) was updated weekly.",
        "Bookings moved to destinationcanada.com (EN) and fr.{HANDLE}.ca (FR).",
    ],
    "time-of-day": [
        "Emails were sent at 7:30 a.m. ET (4:30 a.m. PT) on Tuesdays.",
        "The flash sale ran from 9 p.m. to midnight (Atlantic Time) on {d} {MONTH}.",
    ],
    "flight-code": [
        "Launch flights AC{n} and WS{SMALL} carried the onboard sampling.",
        "The YYZ-YVR route (about {SMALL} flights a day) is the test market.",
    ],
    "model-name": [
        "The SWOT and PESTLE analyses (Appendix A) inform the TOWS matrix.",
        "Ansoff's matrix (market development) frames the options in Section {q}.",
        "The 7Ps (Booms and Bitner's extended mix) structure the service audit.",
    ],
    "kpi-acronym": [
        "Targets are set for NPS (+{SMALL}), CSAT and CLV, with ROAS reported monthly.",
        "CPA fell to C${SMALL} while CTR held at {PCT2}%.",
    ],
    "course-unit": [
        "This report answers Task 1 (Level 7, Unit {q}: Marketing and Digital Strategy).",
        "As required by the CIM brief (June {Y2} session), the word count excludes appendices.",
    ],
    "figure-table-ref": [
        "Figure {q} (below) shows the customer journey map for {A}.",
        "Table {q} summarises the options (scores out of 10).",
    ],
    "appendix-ref": [
        "The full media plan is in Appendix {LETTER} (p. {SMALL}).",
        "See Appendix {LETTER} for the stakeholder map (Mendelow grid).",
    ],
    "date-range": [
        "The pilot ran from {d} {MONTH} to {d2} {MONTH2} {Y2} in {SMALL} stores.",
        "Fieldwork took place in {MONTH} {Y2} (two weeks, online).",
    ],
    "indigenous-name": [
        "The Wendake (Huron-Wendat Nation) visitor experience anchors the Québec itinerary.",
        "Signage in Nunavut uses Inuktitut syllabics alongside English and French.",
        "The National Day for Truth and Reconciliation (September 30) is not a sales moment.",
    ],
    "sports-event": [
        "The Stanley Cup Final (June {Y2}) lifted sales of team jerseys.",
        "Grey Cup Sunday (November) is a key occasion for beer and snacks in Western Canada.",
    ],
    "tv-programme": [
        "The brand sponsored Hockey Night in Canada (Rogers Sportsnet) for the season.",
        "Product placement on Dragons' Den (CBC) drove a spike in search.",
    ],
    "quoted-internal": [
        'The internal brief called the project "Maple Reset" ({FY}).',
        "The working name “Project Aurora” (Phase {q}) will be replaced before launch.",
    ],
    "quoted-slogan": [
        "The tagline “Live Richer” (launched {Y}) still tests well.",
        'Staff still use the old line "Always Fresh" in stores.',
    ],
    "product-name": [
        "President's Choice (PC) and No Name are the two private labels in scope.",
        "The Roll Up To Win (Tim Hortons) contest returns in {MONTH}.",
        "The new plan (Unlimited 5G+, 100 GB) is priced at $ {SMALL}/month.",
    ],
    "job-title": [
        "The VP, Marketing (Canada) signs off on the final budget.",
        "Approval sits with the CMO and the Director, CRM (Montréal office).",
    ],
    "census-date": [
        "The 2021 Census (Statistics Canada) counted {n} thousand people in the CMA.",
        "Immigration targets (IRCC, {Y2}-{Y3} plan) shape the newcomer segment.",
    ],
    "exchange-rate": [
        "At US$0.73 (CAD 1.00), cross-border shopping fell sharply.",
        "Prices are converted at 1 CAD = 0.68 EUR ({MONTH} {Y2}).",
    ],
    "version-number": [
        "The app (version {q}.{SMALL}) added tap-to-pay in the spring.",
        "Salesforce Marketing Cloud (release Summer '{YY}) runs the journeys.",
    ],
    "platform-name": [
        "Ads ran on Meta (Facebook and Instagram), TikTok and YouTube Shorts.",
        "Reporting moved from Google Analytics (UA) to GA4 in {Y2}.",
    ],
    "weather-event": [
        "The ice storm in {MONTH} {Y} closed {SMALL} stores in the Ottawa region.",
        "Wildfire season (B.C. and Alberta) cut summer bookings.",
    ],
}

BRANDS = [
    "Loblaw", "Canadian Tire", "Hudson's Bay", "Shoppers Drug Mart", "Tim Hortons", "RBC", "TD", "Desjardins",
    "BCE", "Rogers", "TELUS", "Air Canada", "WestJet", "the LCBO", "the SAQ", "Canada Post", "Sobeys", "Metro",
    "Vancity", "Scotiabank", "Roots", "Simons", "Sport Chek", "Indigo", "Harvey's", "A&W Canada", "Freedom Mobile",
    "Koodo", "Fido", "Couche-Tard", "Dollarama",
]  # fmt: skip

_CITIES = ["Toronto", "Montréal", "Vancouver", "Calgary", "Ottawa", "Halifax", "Winnipeg", "Québec City", "Edmonton",
           "Mississauga", "Laval", "Gatineau", "Saskatoon", "Victoria"]  # fmt: skip
_PROVS = [
    "Ontario",
    "Quebec",
    "British Columbia",
    "Alberta",
    "Nova Scotia",
    "Manitoba",
    "New Brunswick",
    "Saskatchewan",
]
_PROVCODES = ["ON", "QC", "BC", "AB", "NS", "MB", "NB", "SK", "PE", "NL"]
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"]  # fmt: skip
_HANDLES = ["shopnorthern", "maplemarket", "caissevoisine", "tryhorizon", "lakesidefoods", "yowtravel", "bonjourmtl",
            "prairiefresh", "harbourbank", "pinecoffee"]  # fmt: skip
_TAGS = ["BoxingDay", "CanadaDay", "ShopLocal", "MadeInCanada", "FallForMTL", "ExploreCanada", "GivingTuesday",
         "BellLetsTalk", "OrangeShirtDay"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """Fill values only this pool's frames use."""
    year = rng.randint(2019, 2025)
    city, city2 = rng.sample(_CITIES, 2)
    code, code2 = rng.sample(_PROVCODES, 2)
    month, month2 = rng.sample(_MONTHS, 2)
    pct = rng.randint(2, 38)
    handle = rng.choice(_HANDLES)
    return {
        "CITY": city, "CITY2": city2, "PROV": rng.choice(_PROVS), "PROVCODE": code, "PROVCODE2": code2,
        "FY": f"FY{year}", "FY2": f"FY{year + 1}", "MONTH": month, "MONTH2": month2,
        "CAD": f"{rng.randint(1, 48)}.{rng.randint(1, 9)}", "SMALL": str(rng.randint(2, 99)),
        "PCT": str(pct), "PCT2": f"{rng.randint(1, 9)}.{rng.randint(0, 9)}",
        "TBL": f"{rng.choice(['20', '11', '36', '18', '22', '24'])}-10-{rng.randint(1, 99):04d}-01",
        "d2": str(rng.randint(1, 28)), "Y3": str(year + 3), "YY": str(year % 100),
        "FSA": rng.choice(["H2X", "M4W", "V6B", "T2P", "K1P", "B3H", "R3C", "L5B"]),
        "HANDLE": handle, "STORE": f"{handle.capitalize()} Stores", "TAG": rng.choice(_TAGS),
        "CODE": rng.choice(["MAPLE", "NORTH", "FALL", "BOXING", "HOLIDAY"]) + str(rng.randint(10, 30)),
        "LETTER": rng.choice("ABCDEF"),
    }  # fmt: skip
