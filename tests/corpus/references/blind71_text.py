"""Prose for the seventy-first held-out pool, "blind71": how US marketing candidates write.

HELD OUT: never tune the checker on this pool; report its tables, never its misses. Written by a seventy-first hand,
without reading the checker, its tests or the other pools' frames, decoys and works, from how brand, growth,
lifecycle, content, product-marketing and communications marketers at health systems, pharmacy chains, retailers,
DTC brands, SaaS firms, universities, non-profits and agencies in New York, Chicago, Austin, Atlanta, Seattle,
Boston and Los Angeles write, in US English, on CIM Level 6 and 7 courses and UK MBAs online: the statutes and FTC
rules they work under with their numbers and years, fiscal years and dollar figures, tickers and corporate forms,
Super Bowl, Black Friday, Cyber Monday, Prime Day and Giving Tuesday campaigns, cities given with their states,
taglines and campaign names in quotation marks, survey samples, tenures and tax forms, figures and appendices.
"""

# ruff: noqa: E501  (frames read best one to a line; curly quotation marks are the point)
from __future__ import annotations

import random

NARRATIVE_START = [
    "{N} found that {C}.",
    "{N} shows that {C}.",
    "{N} reports that {C}, a pattern that holds across the {city} market.",
    "{N} argues that {C}.",
    "{N} makes the case that {C}, which is directly relevant to {B}.",
    "{N} concluded that {C}.",
    "{N} observed that {C}, especially among {A}.",
    "{N} points out that {C}.",
    "{N} estimates that {C}.",
    "{N} suggests that {C}, although the effect is smaller for {A}.",
    "{N} documented that {C}.",
    "{N} makes a similar point: {C}.",
]  # fmt: skip

NARRATIVE_MID = [
    "{O} {N} found that {C}.",
    "As {N} notes, {C}.",
    "According to {N}, {C}.",
    "This is consistent with {N}, who found that {C}.",
    "{O} work by {N} indicates that {C}.",
    "For {B}, the lesson from {N} is that {C}.",
    "Building on {N}, the team assumed that {C}.",
    "A study by {N} found that {C}, which supports the plan for {fy}.",
    "In a similar vein, {N} reports that {C}.",
    "{O} a paper by {N} shows that {C}.",
    "Here the findings of {N} are useful: {C}.",
    "Evidence from {N} suggests that {C}.",
]  # fmt: skip

POSSESSIVE = [
    "{N} study shows that {C}.",
    "{N} framework helps explain why {C}.",
    "{O} {N} analysis suggests that {C}.",
    "Using {N} model, the team found that {C}.",
    "{N} findings imply that {C}.",
    "{N} data show that {C}, which matters for {B}.",
    "{N} benchmark suggests that {C}.",
    "Applying {N} lens, it is clear that {C}.",
]  # fmt: skip

PARENTHETICAL_END = [
    "{C} {P}.",
    "{O} {C} {P}.",
    "Research consistently shows that {C} {P}.",
    "For {B}, this matters because {C} {P}.",
    "{C}, particularly among {A} {P}.",
    "It is well established that {C} {P}.",
    "The data are clear: {C} {P}.",
    "{O} there is evidence that {C} {P}.",
    "{C}, and this is true for health systems as well as retailers {P}.",
    "Industry benchmarks indicate that {C} {P}.",
    "{C}, even in a tight labor market {P}.",
    "At {B}, the working assumption is that {C} {P}.",
]  # fmt: skip

PARENTHETICAL_MID = [
    "{C} {P}, so {C2}.",
    "Recent research {P} suggests that {C}.",
    "{C} {P}; however, {C2}.",
    "Studies of US shoppers {P} indicate that {C}.",
    "{O} {C} {P}, which is why {B} should test it first.",
    "Evidence from health care {P} shows that {C}.",
    "{C} {P} and, as a result, {C2}.",
    "Work on non-profit donors {P} finds that {C}.",
]  # fmt: skip

CLAIMS = [
    "loyalty members spend more per trip than non-members",
    "personalized emails lift click-through rates",
    "patients increasingly choose providers based on online reviews",
    "retail media networks are the fastest-growing channel in US advertising",
    "first-party data becomes more valuable as third-party cookies disappear",
    "donors who give on Giving Tuesday are less likely to give again the following year",
    "short-form video drives awareness among {A}",
    "free shipping thresholds raise average order value",
    "brand purpose only pays off when it is backed by action",
    "trust in health information varies sharply by age and income",
    "Black Friday discounts pull demand forward rather than creating it",
    "product-led growth lowers customer acquisition cost for SaaS firms",
    "influencer disclosures reduce persuasion only slightly",
    "price transparency changes how patients compare hospitals",
    "curbside pickup kept many shoppers loyal after the pandemic",
    "{T} improves {R} when it is done consistently",
    "Hispanic consumers over-index on mobile shopping",
    "lifecycle emails recover a meaningful share of abandoned carts",
    "Super Bowl ads rarely pay back in short-term sales",
    "monthly giving programs retain donors far better than one-off appeals",
    "private label growth is strongest among value-seeking households",
    "B2B buyers complete most of their research before talking to sales",
    "telehealth users expect the same convenience they get from retailers",
    "sustainability claims must be specific to be believed",
    "customers forgive a service failure when the recovery is fast",
    "brand trust moderates the effect of price increases on churn",
    "subscription fatigue is pushing DTC brands toward retail partnerships",
    "generative AI speeds up content production but raises accuracy risks",
    "word of mouth still drives most first purchases for {A}",
    "pharmacy customers value convenience above price",
    "employer branding affects recruitment costs in health systems",
    "community-based messaging builds trust in vaccination campaigns",
]  # fmt: skip

OPENERS = [
    "In the US market,",
    "More broadly,",
    "By contrast,",
    "For example,",
    "At the same time,",
    "In health care specifically,",
    "For non-profits,",
    "In practice,",
    "Across retail,",
    "Similarly,",
    "Importantly,",
    "That said,",
]  # fmt: skip

PLAIN = [
    "This section applies those ideas to {B}.",
    "The recommendations below are prioritized by cost and speed.",
    "The team in {city} would own the pilot.",
    "Budget is the main constraint for the next two quarters.",
    "Each option is assessed against the brand's positioning.",
    "The next step is to agree on success metrics with finance.",
    "Internal data from the CRM support this direction.",
    "This is where {B} has the clearest advantage.",
    "The risks of each option are summarized below.",
    "Leadership has asked for a recommendation by the end of {fy}.",
    "Two segments matter most: {A} and lapsed customers.",
    "The plan is deliberately simple.",
    "None of this requires a new agency.",
    "The pilot would run for eight weeks.",
    "Legal and compliance would review all creative first.",
]  # fmt: skip

QUOTE_FRAMES = [
    "{N} puts it plainly: {Q}.",
    "As one study concluded, {Q} {P}.",
    "{N} warns that {Q}.",
    "The point is made well in the literature: {Q} {P}.",
    "{O} {N} writes that {Q}.",
    "One widely cited definition holds that {Q} {P}.",
    "In the words of {N}, {Q}.",
    "{Q} {P}, and {B} is no exception.",
]  # fmt: skip

SCARE_QUOTES = [
    "“phygital”",
    "“surprise and delight”",
    "\"always-on\"",
    "“digital front door”",
    "“clean beauty”",
    "“premiumization”",
    "\"shrinkflation\"",
    "‘quiet luxury’",
    "“patient-first”",
    "“doomscrolling”",
    "\"donor fatigue\"",
    "“the messy middle”",
]  # fmt: skip

SCARE_FRAMES = [
    "What {N} calls {Q} is now table stakes for {B}.",
    "Retailers increasingly talk about {Q} {P}.",
    "So-called {Q} strategies are spreading across health systems {P}.",
    "{N} is skeptical of {Q} as a strategy.",
    "Much of the industry now treats {Q} as a goal in itself {P}.",
    "The idea of {Q} is popular but poorly defined {P}.",
]  # fmt: skip

SUBJECT_LINES = [
    "“Your cart misses you”",
    "“Last chance: 30% off ends tonight”",
    "“Doors open at 6 a.m. Thursday”",
    "\"Your flu shot is ready when you are\"",
    "“One gift. Twice the impact.”",
    "“We saved you a seat”",
    "\"Free shipping, no minimum\"",
    "“Your annual checkup is due”",
    "“Made for your morning routine”",
    "‘Early access starts now’",
]  # fmt: skip

SUBJECT_FRAMES = [
    "{B}'s Cyber Monday email led with {Q}, a tactic associated with higher open rates {P}.",
    "Subject lines such as {Q} work because they create urgency {P}.",
    "{N} tested variants like {Q} against a plain control.",
    "A reminder headed {Q} is the kind of message that lifts response {P}.",
    "The Giving Tuesday appeal used {Q} as its subject line, which fits {N}.",
    "A push notification reading {Q} outperformed the generic version {P}.",
]  # fmt: skip

# Text with capitals, years, brackets or quotation marks that cites nothing.
NOT_CITATIONS = {
    "us-statute-code": [
        "Every promotional email must comply with the CAN-SPAM Act of 2003 (15 U.S.C. § 7701).",
        "The CAN-SPAM Act (15 U.S.C. §§ 7701–7713) requires a working opt-out link in each message.",
        "Text campaigns fall under the Telephone Consumer Protection Act of 1991 (47 U.S.C. § 227).",
    ],
    "hipaa-reference": [
        "Any patient list used for retargeting is governed by the Health Insurance Portability and Accountability Act of 1996 (HIPAA).",
        "Under HIPAA (Pub. L. 104-191), marketing to patients requires written authorization in most cases.",
        "The privacy team confirmed that the newsletter does not use protected health information (PHI) under HIPAA.",
    ],
    "state-privacy-law": [
        "California shoppers have opt-out rights under the California Consumer Privacy Act of 2018 (Cal. Civ. Code § 1798.100).",
        "The CCPA, as amended by the California Privacy Rights Act (CPRA), took full effect on January 1, 2023.",
        "Texas followed with the Texas Data Privacy and Security Act (TDPSA), effective July 1, 2024.",
    ],
    "cfr-rule": [
        "Creator posts must follow the FTC Endorsement Guides (16 C.F.R. Part 255), revised in June 2023.",
        "The kids' range is covered by the Children's Online Privacy Protection Rule (16 C.F.R. Part 312).",
        "Green claims are assessed against the Green Guides (16 C.F.R. Part 260).",
    ],
    "ftc-docket": [
        "The FTC's consent order (Docket No. C-{docket}) required the retailer to delete the data it had collected.",
        "In the Matter of {firm} (FTC File No. {ftcfile}), the Commission alleged deceptive review practices.",
        "The settlement (FTC Matter No. {ftcfile}) included a ${n},000 civil penalty.",
    ],
    "coppa-acronym": [
        "The Children's Online Privacy Protection Act (COPPA) rules out targeting under-13s on the app.",
        "Because of COPPA (1998), the youth program collects no data from children directly.",
    ],
    "fiscal-year": [
        "{B} reported net sales of {usd} billion in fiscal {yr} (FY{yy}).",
        "Marketing spend rose in FY{yy} (the year ending January 31, {yr}).",
        "The plan covers three fiscal years (FY{yy} onward).",
    ],
    "quarter-results": [
        "Comparable sales grew {pct}% in Q{q} {yr} (13 weeks ended {month} {d}).",
        "In its Q{q} earnings call ({month} {yr}), management flagged softer discretionary spending.",
        "Digital sales were {pct}% of total in Q{q} (up from {pct2}% a year earlier).",
    ],
    "dollar-figures": [
        "The retailer spent roughly {usd} billion on advertising ({pct}% of revenue) last year.",
        "A 30-second spot in Super Bowl LVIII cost about $7 million (2024).",
        "The campaign raised ${n},000 (against a goal of $250,000).",
    ],
    "ticker-symbol": [
        "Target Corporation (NYSE: TGT) has leaned into owned brands.",
        "Walgreens Boots Alliance, Inc. (NASDAQ: WBA) closed hundreds of stores in {yr}.",
        "CVS Health (NYSE: CVS) now owns Aetna and Oak Street Health.",
        "HubSpot, Inc. (NYSE: HUBS) targets small and mid-sized businesses.",
    ],
    "city-state": [
        "The pilot clinics are in Austin, TX and Portland, OR.",
        "Fulfillment runs from two hubs (Atlanta, GA and Reno, NV).",
        "The agency has offices in {city} and Brooklyn, NY.",
    ],
    "campaign-calendar": [
        "Prime Day ({month2} {pd}–{pd2}) now competes with Target Circle Week.",
        "The calendar peaks at Black Friday (November 28) and Cyber Monday (December 1).",
        "Giving Tuesday (the Tuesday after Thanksgiving) anchors the year-end appeal.",
        "The Fourth of July (July 4) sale is the biggest summer event for {B}.",
    ],
    "super-bowl": [
        "Super Bowl LIX (February 9, 2025) drew a record audience.",
        "{B} bought its first Super Bowl spot in {yr} (second quarter).",
        "The Super Bowl LVIII ad ran during the first break (Q1).",
    ],
    "tagline": [
        "Nike's “Just Do It” line has run since 1988.",
        "Patagonia's “Don't Buy This Jacket” ad ran on Black Friday 2011.",
        "Target's “Expect More. Pay Less.” promise still frames the brand.",
        "The \"Think Different\" campaign (1997) is the obvious comparison.",
    ],
    "campaign-name": [
        "The “{camp}” campaign ({yr}) was built for TikTok first.",
        "{B} relaunched its \"{camp}\" platform in Q{q} {yr}.",
        "Internally the program is called “{camp}” (Phase 2).",
    ],
    "job-tenure": [
        "The brand was rebuilt under its former CMO (2018–2022).",
        "Maria Delgado (VP of Growth, 2021–present) sponsors the project.",
        "Our Chief Marketing Officer, James T. Whitfield Jr. (since {yr}), approved the budget.",
    ],
    "founded-year": [
        "Warby Parker (founded 2010) began as an online-only brand.",
        "Patagonia, Inc. (est. 1973) is privately held.",
        "{B} (founded {yr0}) now operates in {n} locations.",
    ],
    "sample-size": [
        "Our own survey (n = {n}) ran in {month} {yr}.",
        "Respondents (N = {n}) were recruited through the loyalty app.",
        "The focus groups (three groups, eight participants each) were held in Chicago.",
    ],
    "interviewee-code": [
        "One donor said the appeal felt “too corporate” (Interviewee 4, Atlanta).",
        "A nurse manager described the portal as “clunky” (Participant 7).",
        "“I only open texts from my pharmacy,” one shopper said (Respondent 12).",
    ],
    "generation-range": [
        "Gen Z (born 1997–2012) is the priority audience.",
        "Millennials (1981–1996) now make most household health decisions.",
        "Baby Boomers (born 1946–1964) remain the largest donor group.",
    ],
    "metric-acronym": [
        "Success will be measured by net promoter score (NPS) and customer lifetime value (CLV).",
        "Return on ad spend (ROAS) was 4.1x in Q{q}.",
        "Customer acquisition cost (CAC) fell to ${n} in {yr}.",
    ],
    "figure-table": [
        "The funnel is shown in Figure {q} (below).",
        "Table {q} (Appendix B) summarizes the media plan.",
        "See Appendix C (page {n}) for the full survey instrument.",
    ],
    "task-label": [
        "Task 1 (a) asks for an audit of the current brand position.",
        "This answers Task 2 (b) of the CIM Level 7 brief.",
        "The word count (3,000 words, excluding appendices) has been respected.",
    ],
    "tax-status": [
        "As a 501(c)(3) organization, the food bank can offer tax-deductible receipts.",
        "The charity's Form 990 (Schedule B) lists its major donors confidentially.",
        "Corporate gifts above $250 require written acknowledgment (IRS Publication 1771).",
    ],
    "membership-price": [
        "Walmart+ costs $98 a year (or $12.95 a month).",
        "Amazon Prime ($14.99/month) sets customer expectations for delivery.",
        "Target Circle 360 ($99/year) includes same-day delivery.",
    ],
    "product-release": [
        "The team is moving to Salesforce Marketing Cloud (Spring '25 release).",
        "Apple's Mail Privacy Protection (iOS 15, 2021) distorted open rates.",
        "HubSpot's Breeze AI tools (launched {yr}) are in beta for the team.",
    ],
    "social-handle": [
        "The brand posts as @{handle} on Instagram and TikTok.",
        "The #GivingTuesday hashtag trended nationally in {yr}.",
        "Replies to @{handle} doubled during the recall.",
    ],
    "conference-event": [
        "The strategy was previewed at SXSW 2024 (Austin, TX).",
        "The team attended INBOUND {yr} (Boston, MA) and Dreamforce '24.",
        "HLTH {yr} (Las Vegas) focused on consumer health brands.",
    ],
    "award": [
        "The spot won a Gold Effie (Retail, {yr}).",
        "The campaign took a Cannes Lions Grand Prix (Health & Wellness) in 2023.",
        "{B} was named one of Ad Age's A-List (No. {q}).",
    ],
    "ranking-list": [
        "Walmart Inc. is No. 1 on the Fortune 500 (2024).",
        "The health system ranks in the U.S. News Honor Roll (2024–2025).",
        "Nike ranked twelfth in Interbrand's Best Global Brands (2023).",
    ],
    "accessibility-standard": [
        "All landing pages will meet WCAG 2.1 (Level AA).",
        "The site must comply with Title III of the Americans with Disabilities Act (ADA).",
    ],
    "security-certification": [
        "The vendor holds SOC 2 (Type II) and ISO/IEC 27001 certification.",
        "Patient data stays in a HITRUST-certified environment (r2, {yr}).",
    ],
    "clinical-term": [
        "The campaign targets adults with type 2 diabetes (T2D) and high HbA1c.",
        "Messaging about COVID-19 (SARS-CoV-2) boosters changed every season.",
        "The screening push focuses on colorectal cancer (ages 45–75).",
    ],
    "phone-number": [
        "Donors can call 1-800-RED CROSS (1-800-733-2767).",
        "The nurse line (1-888-{ph}-0100) is open 24/7.",
    ],
    "store-number": [
        "Store #{n} (Chicago, IL) ran the test.",
        "The flagship (Store 0{n}, Seattle) has a clinic inside.",
    ],
    "hours-time-zone": [
        "Cyber Monday deals go live at 12:01 a.m. (ET).",
        "The livestream starts at 5 p.m. PT (8 p.m. ET).",
    ],
    "date-range-brackets": [
        "The test ran for six weeks (March 3–April 14, {yr}).",
        "Open enrollment (November 1–January 15) is the busiest period for the health plan.",
    ],
    "film-show-title": [
        "The Barbie movie (2023) showed what a pink product tie-in can do.",
        "The brand appeared in Season 3 of The Bear (FX, 2024).",
        "Product placement in Stranger Things (Netflix) revived interest in retro snacks.",
    ],
    "podcast-episode": [
        "The CEO talked about the rebrand on the company podcast (Episode {n}).",
        "Our own podcast, Aisle Talk (Season 2), reached {n},000 downloads.",
    ],
    "public-law-number": [
        "The No Surprises Act (Pub. L. 116-260, Div. BB) changed how hospitals communicate prices.",
        "Price transparency rules (45 C.F.R. Part 180) took effect on January 1, 2021.",
    ],
    "ab-variant": [
        "Variant B (“Shop the drop”) beat the control by {pct}%.",
        "Version A (control) used the standard hero image.",
        "Cell 3 (no discount) performed almost as well as Cell 1 (20% off).",
    ],
    "corporate-form": [
        "The agency of record is {firm}, a Delaware corporation.",
        "Fulfillment is outsourced to Reyes & Sons Logistics, L.P. (Dallas).",
        "The merger created Kroger-Albertsons Holdings (proposed, later abandoned).",
    ],
    "holiday-name": [
        "Martin Luther King Jr. Day (January {d}) is a day of service for volunteers.",
        "Thanksgiving weekend (November 27–30) sets the tone for the season.",
        "Juneteenth (June 19) content was reviewed by the ERG first.",
    ],
    "grant-program": [
        "The program is funded by a CDC grant (NU58DP00{n}).",
        "The pilot received Title X funding (FY{yy}).",
    ],
    "internal-doc": [
        "The Brand Book (v3.2, {month} {yr}) sets out the tone of voice.",
        "See the Q{q} Growth Plan (internal, draft 4) for the full budget.",
        "The Customer Journey Map (Version 2) is attached as Appendix A.",
    ],
    "percentage-brackets": [
        "Most shoppers ({pct}%) used a coupon on their last trip.",
        "Roughly one in five patients (21%) booked online.",
        "Repeat donors (about 19% of the file) gave {pct}% of revenue.",
    ],
}  # fmt: skip

BRANDS = ["Walmart", "Target", "Kroger", "CVS Pharmacy", "Walgreens", "Kaiser Permanente", "Mayo Clinic",
          "Warby Parker", "Patagonia", "HubSpot", "Salesforce", "Nike", "Trader Joe's", "Sephora", "Chewy", "Glossier",
          "Allbirds", "Hims & Hers", "One Medical", "Sweetgreen", "REI", "Costco", "Best Buy", "American Red Cross",
          "United Way", "St. Jude", "Feeding America", "Zocdoc", "Oscar Health", "Peloton", "Procter & Gamble",
          "PepsiCo", "Dick's Sporting Goods", "H-E-B", "Whole Foods Market", "Cleveland Clinic", "Goodwill",
          "Mailchimp", "Zendesk", "Ulta Beauty"]  # fmt: skip

_CITIES = ["Austin, TX", "Chicago, IL", "Atlanta, GA", "Seattle, WA", "Boston, MA", "Los Angeles, CA", "New York, NY",
           "Portland, OR", "Denver, CO", "Nashville, TN", "Minneapolis, MN", "Phoenix, AZ"]  # fmt: skip
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"]  # fmt: skip
_CAMPAIGNS = ["Feel Good Fridays", "Care Starts Here", "Made for Mornings", "Bring Your Best Self", "Every Gift Counts",
              "Your Health, Your Way", "Shop Small, Give Big", "Back to Campus", "Fall Into Savings", "Healthy Starts"]  # fmt: skip
_FIRMS = ["Brightline Media Partners, LLC", "Harbor & Pine Creative, Inc.", "Northstar Growth Co.",
          "Lakeshore Digital, LLC", "Redwood Health Marketing Corp.", "Sullivan & Ortiz Communications, LLC",
          "Blue Fern Labs Inc.", "Meridian Retail Group, L.P."]  # fmt: skip
_HANDLES = ["shopsmarter", "carebetter", "mornings_made", "giveback_atx", "thebrandhq", "patientfirst", "dailyfit"]


def values(rng: random.Random) -> dict[str, str]:
    """Fill values only this pool's frames use."""
    year = rng.randint(2019, 2025)
    day = rng.randint(1, 24)
    return {
        "city": rng.choice(_CITIES),
        "usd": f"${rng.randint(1, 640)}.{rng.randint(0, 9)}",
        "fy": f"FY{year}",
        "yr": str(year),
        "yr0": str(rng.randint(1946, 2015)),
        "yy": f"{year % 100:02d}",
        "pct": str(rng.randint(3, 78)),
        "pct2": str(rng.randint(3, 40)),
        "docket": str(rng.randint(4600, 4850)),
        "ftcfile": f"{rng.randint(182, 242)} {rng.randint(3000, 3299)}",
        "firm": rng.choice(_FIRMS),
        "month": rng.choice(_MONTHS),
        "month2": rng.choice(["July", "October"]),
        "pd": str(day),
        "pd2": str(day + rng.randint(1, 3)),
        "ph": str(rng.randint(200, 989)),
        "camp": rng.choice(_CAMPAIGNS),
        "handle": rng.choice(_HANDLES),
    }
