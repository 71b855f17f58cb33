"""The blind361 pool's prose: marketers at dating apps, matchmaking agencies, singles-event organisers and friendship
apps in the UK, Ireland, Brazil, India, Japan and South Africa writing CIM Level 6 and 7 reports and MBA assignments
in English.

Written without reading the checker, its tests or any other pool. Placeholders mean what they mean in text.py; these
frames also use fill values of their own from ``values``: {app} a dating or friendship app, {tier} a paid tier, {price}
a price with its currency, {city} a city of the six markets, {ev} a singles event or festival, {feat} an app
feature, {pc} a percentage's number, {Y3} a recent year, {mo} a month, {couple} a famous couple, {found} a founder,
{law} a law or code, {agency} a matchmaking agency, {K} a research firm or regulator.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Tinder", "Hinge", "Bumble", "Bumble BFF", "Badoo", "Grindr", "Feeld", "Raya", "Inner Circle", "Happn",
          "Shaadi.com", "Jeevansathi", "Aisle", "TrulyMadly", "QuackQuack", "Pairs", "Tapple", "Omiai",
          "Timeleft", "Meetup", "Eventbrite", "Peanut", "Plenty of Fish", "Match.com", "OkCupid", "Thursday",
          "Lumen", "Par Perfeito", "Inner Circle Brasil", "Jodi Matrimony", "Date Night Dublin",
          "Seventy Thirty", "Berkeley International", "Tawkify", "Intro Matchmaking", "Speed Date Dublin",
          "DateinaDash", "Zoosk"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """The fill values only this pool's frames use, drawn after the common ones."""
    return {
        "app": rng.choice(["Tinder", "Hinge", "Bumble", "Badoo", "Grindr", "Aisle", "Pairs", "Tapple", "Timeleft",
                           "Feeld", "Happn", "TrulyMadly", "Bumble BFF", "Peanut", "Thursday", "Omiai"]),
        "tier": rng.choice(["Tinder Gold", "Tinder Platinum", "Hinge+", "HingeX", "Bumble Premium", "Bumble Boost",
                            "Grindr XTRA", "Grindr Unlimited", "Aisle Premium", "Pairs Premium", "Tinder Select"]),
        "price": rng.choice(["£24.99 a month", "£9.99", "€14.99 per month", "R299 a month", "₹499 per month",
                             "R$ 59,90 por mês", "¥3,700 a month", "£499 a year", "€3,000 membership", "₹1,999 for three months"]),
        "city": rng.choice(["London", "Manchester", "Dublin", "Cork", "São Paulo", "Rio de Janeiro", "Mumbai",
                            "Bengaluru", "Delhi", "Tokyo", "Osaka", "Johannesburg", "Cape Town", "Durban"]),
        "ev": rng.choice(["Lisdoonvarna Matchmaking Festival", "Dublin Pride", "Carnaval", "SXSW London",
                          "Web Summit", "Valentine's Day", "Dia dos Namorados", "Singles' Day", "Tanabata",
                          "Heritage Day", "Diwali", "Cannes Lions", "Dating Sunday"]),
        "feat": rng.choice(["Photo Verification", "Share My Date", "Incognito Mode", "Your Turn Limits", "Super Like",
                            "Roses", "Standouts", "Travel Mode", "Opening Moves", "Double Date", "Video Chat",
                            "Blind Date", "Boost", "Explore", "Private Photos"]),
        "pc": str(rng.randint(4, 87)), "Y3": str(rng.randint(2016, 2025)),
        "mo": rng.choice(["January", "February", "March", "June", "August", "September", "November", "December"]),
        "couple": rng.choice(["Taylor Swift and Travis Kelce", "Harry and Meghan", "Priyanka Chopra and Nick Jonas",
                              "Anushka Sharma and Virat Kohli", "Deepika Padukone and Ranveer Singh",
                              "Molly-Mae Hague and Tommy Fury", "Ekin-Su and Davide", "Gisele Bündchen and Tom Brady",
                              "Siya and Rachel Kolisi", "Sanremo's Marco and Anna"]),
        "found": rng.choice(["Whitney Wolfe Herd", "Sean Rad", "Justin McLeod", "Sachin Bhatia", "Anupam Mittal",
                             "Able Joseph", "Andrei Andreev", "Joel Simkhai", "Maxime Barbier", "Michelle Kennedy",
                             "Jamie Vilakazi"]),
        "law": rng.choice(["Online Safety Act 2023", "Data Protection Act 2018", "Online Safety and Media Regulation Act 2022",
                           "LGPD (Lei 13.709/2018)", "Digital Personal Data Protection Act 2023",
                           "Protection of Personal Information Act 2013", "Act on the Protection of Personal Information",
                           "Consumer Protection Act 2008", "CAP Code", "Marco Civil da Internet (2014)"]),
        "agency": rng.choice(["Seventy Thirty", "Berkeley International", "Intro Matchmaking", "Drawing Down the Moon",
                              "Vows.com", "Sirf Coffee", "Tiaras & Tuxedos", "Date Night Dublin", "Tawkify"]),
        "K": rng.choice(["Mintel", "YouGov", "Ofcom", "the ONS", "Sensor Tower", "data.ai", "Kantar", "GWI", "the CSO"]),
    }  # fmt: skip


NARRATIVE_START = [
    "{N} argued that {C}.", "{N} found that {C}, although their sample was drawn from {city} only.",
    "{N} concluded that {C}; this is directly relevant to {B}.", "{N} showed that {C}, particularly among {A}.",
    "{N} suggested that {C}, which {B}'s retention figures appear to support.", "{N} identified that {C}.",
    "{N} noted that {C} in every one of the six markets studied.", "{N} warned that {C}.",
    "{N} reported that {C}, a point {B} has not yet acted on.", "{N} describes how {C}.",
    "{N} makes the case that {C}.", "{N} observed that {C} after the pandemic.",
    "{N} went further and claimed that {C} and that {C2}.", "{N} recommend that dating brands test whether {C}.",
    "{N} questioned whether {C}.", "{N} explain that {C} (for example, through {T}).",
]  # fmt: skip
NARRATIVE_MID = [
    "In their study of dating-app users in {city}, {N} found that {C}.", "{O}, {N} argued that {C}.",
    "This is in line with {N}, who found that {C}.", "{C}, which supports the findings of {N}.",
    "{C} – a view shared by {N}.", "As highlighted by {N}, {C}.", "According to {N}, {C}.",
    "{B} illustrates this well: {N} showed that {C}.", "Research by {N} suggests that {C}.",
    "A survey carried out by {N} found that {C}.", "Data from {N} show that {C}.",
    "{C}; however, {N} found the opposite among {A}.", "It could be argued, following {N}, that {C}.",
    "Evidence from {N} suggests that, for {A}, {C}.", "{C}, according to {N}.",
    "For a matchmaking agency such as {agency}, the lesson from {N} is that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} research shows that {C}.", "Using {N} framework, it is clear that {C}.", "{O}, {N} report found that {C}.",
    "{B} could apply {N} model, since {C}.", "According to {N} survey, {C}.", "{N} findings matter here because {C}.",
    "This reflects {N} argument that {C}.", "{N} analysis of subscription churn shows that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "Research shows that {C} {P}.", "For {A}, {C} {P}.", "This matters because {C} {P}.",
    "{B} is no exception, since {C} {P}.", "{C}, especially on mobile {P}.", "It is often claimed that {C} {P:see}.",
    "Several studies report that {C} {P:e.g.}.", "In short, {C} {P}.", "A key point for {B} is that {C} {P}.",
    "{C}, which is why {B} invests in {T} {P}.", "Recent data from the six markets confirm this – {C} {P}.",
    "{C} {P:see also}.", "{C}. {P}",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, but {C2}.", "{C} {P}; {C2}.", "While {C} {P}, {C2}.",
    "Although {C} {P}, it is also true that {C2}.", "{B} has found that {C} {P} – and {C2}.",
    "{C} {P:see}, whereas {C2}.", "Because {C} {P}, {B} should make sure that {C2}.", "Studies {P} agree that {C}.",
    "{O}, {C} {P}, so {C2}.",
]  # fmt: skip
CLAIMS = [
    "{A} are more likely to pay for a dating app that verifies profiles", "freemium users who hit a like limit convert to paid tiers faster",
    "swipe fatigue is driving {A} back to in-person singles events", "{B}'s reliance on {T} leaves it exposed if costs rise",
    "safety features now influence which dating app women download first", "romance fraud damages trust in the whole category",
    "matchmaking agencies compete on discretion rather than on price", "friendship apps grew fastest among people who had moved city",
    "subscription churn peaks in the month after a user finds a partner", "{T} improves {R} among {A}",
    "dating apps in India must reassure families as well as users", "Japanese users expect identity checks before they match",
    "Brazilian users respond strongly to humour in dating-app advertising", "load-shedding changes when South Africans use dating apps",
    "{A} see paid boosts as unfair to free users", "in-app purchases earn more than subscriptions for some dating brands",
    "the cost-of-living crisis has made {A} cancel premium subscriptions", "algorithmic matching is trusted less than friends' introductions",
    "brands that ignore online harassment risk losing {A} to rivals", "spending on {T} by dating brands has grown every year since {Y}",
    "around {q} in 10 {A} have met a partner online", "a clear safety message helps firms like {B} to {bs}",
    "GDPR consent rules limit how dating apps can retarget lapsed users", "ghosting is the most common complaint about app-based dating",
]  # fmt: skip
OPENERS = [
    "Furthermore", "In addition", "On the other hand", "For example", "In the UK", "In Ireland", "In Brazil",
    "In India", "In Japan", "In South Africa", "Since the pandemic", "For {B}'s marketing team", "In the context of {B}",
    "From a user's perspective", "Nevertheless", "As a result", "Overall", "Looking at {B}'s competitors",
]  # fmt: skip
PLAIN = [
    "{B} earns most of its revenue from subscriptions, with a smaller share from one-off purchases.",
    "This report analyses {B}'s position in the {city} market and recommends a twelve-month plan.",
    "The table below compares the free and paid tiers of the three main apps.",
    "{B}'s Instagram account has over {n}k followers, but engagement has fallen.", "{O}, {C}.",
    "Appendix 2 sets out the customer personas used in Task 2.",
    "The recommendations are costed and phased over four quarters.",
    "{B} runs singles nights in {city} as well as its app.", "A PESTLE analysis of the market is in the appendix.",
    "Users can sign up with a phone number, and profiles must include at least three photos.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one consumer-behaviour text puts it, {Q} {P}.", "This is summed up well: {Q} {P}.",
    "{B} appears to accept that {Q} {P}.", "One study of dating-app users concluded that {Q} {P}.",
    "Marketers are reminded that {Q} {P}.", "{O}, {Q} {P}.",
]  # fmt: skip
SCARE_QUOTES = ["‘swipe fatigue’", "‘ghosting’", "‘breadcrumbing’", "‘situationship’", "‘love bombing’",
                "‘catfishing’", "'beige flags'", "“the ick”", "‘slow dating’", "‘konkatsu’", "‘FOMO’",
                "‘benching’", "'red flags'", "‘paywall’"]  # fmt: skip
SCARE_FRAMES = [
    "{B} has been criticised for {Q} {P}.", "Many {A} say they are tired of {Q} {P}.",
    "So-called {Q} is a growing worry for dating brands {P}.", "This behaviour, often called {Q}, affects {A} most {P}.",
    "The term {Q} is used loosely by app marketers {P}.", "Critics describe this as {Q}, and {B} is not immune {P}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Someone new likes you 👀’", "‘You have {n} new matches in {city}’", "“Your Gold trial ends tomorrow”",
                 "‘Singles night this Friday: 2 for 1 tickets’", "‘We miss you – here’s a free Boost’",
                 "‘It’s Dating Sunday: upgrade for 50% off’", "“Your profile is 80% complete”",
                 "‘Last few places: {city} supper club’"]  # fmt: skip
SUBJECT_FRAMES = [
    "A push notification such as {Q} can lift reopen rates {P}.", "{B} used {Q} in its win-back email {P}.",
    "Messages like {Q} work because they create curiosity {P}.", "The email {Q} was opened by more {A} than any other {P}.",
    "Testing {Q} against a plainer version showed a clear winner {P}.",
]  # fmt: skip

# Text with brackets, years and names that is not a citation: what these candidates put in brackets.
NOT_CITATIONS = {
    "acronym-year": [
        "Dating services now have duties under the regime (OSA {Y3}).", "{B} updated its privacy notice in line with the rules (PECR {Y3} update).",
        "Brazilian users' data is handled under the law (LGPD {Y3} amendments).",
    ],
    "year-noun": [
        "{B}'s revenue rose sharply ({Y3} results: £{n}m).", "Downloads fell in the autumn ({Y3} figures, app-store data).",
        "Paying users increased again ({Y3} Q{q} update).",
    ],
    "noun-year": [
        "{B}'s rebrand ({Y3}) divided long-standing users.", "Usage dropped during the first lockdown ({Y}) but recovered.",
        "The safety campaign (spring {Y3}) won wide coverage.",
    ],
    "figures": [
        "Most respondents preferred in-person events (n = {n}).", "Paid conversion is shown in the chart (Figure {q}).",
        "Churn was higher on Android (4.{q}% vs 3.{q}%).",
    ],
    "app-feature-year": [
        "{app} rolled out {feat} ({Y3}) to all UK users.", "The {feat} button (added in {Y3}) is used by {pc}% of women on {app}.",
        "{app}'s {feat} feature (launched {mo} {Y3}) was copied by rivals within months.",
    ],
    "app-name-year": [
        "Bumble BFF (relaunched {Y3}) now competes with Timeleft for newcomers to {city}.",
        "Hinge (‘designed to be deleted’, since 2017) positions itself against swiping.",
        "{app} (version {q}.{n}, {Y3}) moved the paywall to the likes screen.",
    ],
    "celebrity-couple": [
        "Interest in app dating rose after {couple} went public ({Y3}).", "Coverage of {couple} (engaged {Y3}) dominated social feeds.",
        "The brand's reactive post about {couple} ({mo} {Y3}) earned {n}k shares.",
    ],
    "reality-tv": [
        "Love Island (ITV2, series {q}, {Y3}) drives a spike in downloads every summer.",
        "Netflix's Indian Matchmaking (season {q}, {Y3}) revived interest in matchmakers.",
        "Terrace House (Fuji TV and Netflix, 2012–2020) shaped how young Japanese people see dating.",
    ],
    "acquisition": [
        "Match Group completed its purchase of Hinge (2019) after buying a minority stake in 2018.",
        "Bumble bought Fruitz and then Official ({Y3}), widening its age range.",
        "{app} was sold to a US group (deal closed {mo} {Y3}) for a reported ${n}m.",
    ],
    "merger": [
        "The two agencies merged (as {agency}, {Y3}) to cut back-office costs.",
        "Parship and The Meet Group joined forces (ParshipMeet, 2020) under one owner.",
        "The events firm and the app combined their lists ({Y3} merger) to reach {n},000 singles.",
    ],
    "founder-year": [
        "{found} (founder, {Y3}) still fronts much of the brand's PR.", "{B} was started by {found} in {city} ({Y}).",
        "Whitney Wolfe Herd (Bumble's founder, CEO until 2024) made safety central to the brand.",
    ],
    "founded-year": [
        "{B} (founded {Y}) is the oldest brand in the category.", "Ofcom (established 2003) now regulates online safety as well.",
        "Shaadi.com (launched 1997) began as a matrimonial website.", "Tinder (launched 2012) made swiping the norm.",
    ],
    "award-year": [
        "The campaign won a gold award (Cannes Lions {Y3}).", "{B} was named best dating app (Apple App Store awards, {Y3}).",
        "{agency} collected the industry's top prize (Matchmaker of the Year, {Y3}).",
    ],
    "ranking-year": [
        "{app} was the top-grossing lifestyle app ({city}, {mo} {Y3}).", "{B} ranks third by downloads (Google Play, {Y3}).",
        "The brand climbed the table (No. {q} in {Y3}, up from No. {n}).",
    ],
    "event-festival": [
        "The brand sponsored the {ev} ({mo} {Y3}) for the first time.", "Ticket sales peaked around the {ev} ({Y3}).",
        "The Lisdoonvarna Matchmaking Festival (every September since 1857) still draws crowds to Co. Clare.",
    ],
    "singles-event": [
        "{B}'s speed-dating nights ({city}, {q} per month) sell out quickly.", "The supper clubs (six strangers, one table, every Wednesday) cost {price}.",
        "Attendance at the run-club mixers (launched {mo} {Y3}) doubled in a year.",
    ],
    "law-year": [
        "The {law} places new duties on platforms.", "Fake reviews were banned by the Digital Markets, Competition and Consumers Act 2024.",
        "Under the {law}, consent must be freely given.",
    ],
    "code-rule": [
        "The advert broke the rules on harm and offence (CAP Code, rule 4.1).", "Ads must not portray people as sexual objects (ASCI Code, Chapter III).",
        "Influencer posts must be labelled (ASAI Code, section 3.{q}).",
    ],
    "ruling-year": [
        "The ASA upheld complaints about the advert (ruling, {mo} {Y3}).", "The Irish regulator fined the app (DPC decision, {Y3}).",
        "Norway's data authority fined Grindr (decision of 2021) over consent.",
    ],
    "price-tier": [
        "Most users never pay for {tier} ({price}).", "{B} offers three paid tiers (Plus, Gold and Platinum) on top of the free app.",
        "The top tier ({tier}, {price}) targets heavy users.", "Matchmaking memberships are expensive (from {price}).",
    ],
    "price-local": [
        "In India the app is cheaper (₹{n} a week).", "South African pricing is set locally (R{n} for a month).",
        "Brazilian users can pay by Pix (R$ {n},90 per quarter).",
    ],
    "date-plain": [
        "Downloads spike on the first Sunday of January ({d} January {Y3}).", "The campaign ran for a fortnight ({d}–{q}0 {mo} {Y3}).",
        "The app was briefly pulled from the store ({d} {mo} {Y3}).",
    ],
    "survey-wave": [
        "The panel was asked again a year later (wave {q}, {Y3}).", "Loneliness figures come from the national survey (Community Life Survey {Y3}/{Y2}).",
        "Our own user survey ran twice (waves 1 and 2, {mo} {Y3}).",
    ],
    "launch-year": [
        "{app} entered the {city} market (launch: {mo} {Y3}).", "The Japanese version (released {Y3}) requires ID at sign-up.",
        "The friendship mode (soft launch, {Y3}) was tested in {city} first.",
    ],
    "percentage-year": [
        "Paying users make up a small share of the base ({pc}% in {Y3}).", "Women are the majority of new sign-ups ({pc}%, {Y3}).",
        "Revenue per payer rose ({pc}% year on year to Q{q} {Y3}).",
    ],
    "figure-year": [
        "{app} has a large paying base ({n} million payers, {Y3}).", "Global dating-app revenue is large (about $6bn in {Y3}).",
        "The agency has a long waiting list ({n} clients, {Y3}).",
    ],
    "age-band": [
        "The core target is young professionals (aged 25–34).", "Older singles (50+) are the fastest-growing segment.",
        "Gen Z users (born 1997–2012) prefer group activities.",
    ],
    "census-year": [
        "One-person households are rising (Census {Y3}).", "Ireland has more single adults than ever (Census 2022).",
        "Marriage rates in Japan keep falling (population census, 2020).",
    ],
    "quarter-year": [
        "Payers grew in the quarter (Q{q} FY{Y3}).", "Revenue fell slightly (H1 {Y3}).",
        "Direct revenue was flat ({Y3} Q{q} vs {Y} Q{q}).",
    ],
    "fiscal-year": [
        "Info Edge reported growth in matrimony (FY{Y3}).", "Marketing spend was cut sharply (FY{Y}–{Y2}).",
        "Bookings rose for the third year running (financial year {Y3}/{Y2}).",
    ],
    "currency-conversion": [
        "The Brazilian price is lower (R$ 39,90, about £6).", "A year of premium costs less in India (₹3,999, roughly £38).",
        "Japanese plans are priced monthly (¥4,800, around £25).",
    ],
    "app-store-rating": [
        "{app} is rated well by users (4.{q} stars, {n}k reviews).", "Reviews fell after the update (3.{q} on Google Play, {mo} {Y3}).",
        "The app scores highly in India (4.{q}/5, App Store).",
    ],
    "handle-hashtag": [
        "The campaign hashtag (#DateSafe{Y3}) trended in {city}.", "{B} answers complaints on X (@{app}Support) within hours.",
        "The TikTok account (@{app}) posts daily dating memes.",
    ],
    "web-address": [
        "Users can report abuse on the safety page (www.datesafe.example/report).",
        "Tickets are sold online (singlesnights.ie) and at the door.", "More advice is on the agency's site (www.example-matchmakers.co.uk).",
    ],
    "cross-reference": [
        "This is discussed further in Task 2 (b).", "The persona (Appendix 1, Figure {q}) is based on interviews.",
        "See Table {q} (page {q}) for the full budget.", "The media plan (Section 3.{q}) shows the launch in week {q}.",
    ],
    "abbreviation-expanded": [
        "The Online Dating and Discovery Association (ODDA) sets standards for UK members.",
        "The Advertising Standards Council of India (ASCI) reviews complaints about ads.",
        "Average revenue per paying user (ARPPU) is the KPI the board watches most.",
        "Know your customer (KYC) checks are standard on Japanese apps.",
    ],
    "metric-bracket": [
        "Retention is tracked by cohort (D1, D7 and D30).", "The win-back email had a strong response (CTR {q}.{q}%).",
        "Acquisition costs are rising (CPI of £{q}.{n} on iOS).",
    ],
    "slogan": [
        "Hinge's line ‘Designed to be deleted’ has been used since 2017.", "Bumble's ‘Make the first move’ message defines the brand.",
        "The agency's tagline (‘Love, by introduction’) appears on every page.",
    ],
    "campaign-name-year": [
        "The ‘Single, not sorry’ campaign ({mo} {Y3}) targeted women over 30.",
        "{B}'s ‘Swipe less, meet more’ push (summer {Y3}) promoted its events.",
        "The ‘No Ghosts’ pledge (launched {Y3}) asked users to reply to every match.",
    ],
    "festival-season": [
        "Downloads rise before Carnaval (February {Y3}) in Brazil.", "Campaigns cluster around Dia dos Namorados (12 June).",
        "Indian apps slow down in the wedding season (November–February).",
    ],
    "religious-cultural": [
        "Many users filter by community (caste, religion and language).", "Japanese daters often meet through work (shokuba) or friends (shōkai).",
        "Some Irish users still meet at the matchmaking weekend (Lisdoonvarna, September).",
    ],
    "statute-section": [
        "Platforms must assess risks to children (section {q}, Online Safety Act 2023).",
        "Consent is defined narrowly (Article 7, UK GDPR).", "Data subjects can ask for deletion (LGPD, Art. 18).",
    ],
    "platform-policy": [
        "The app changed its rules on bios (Community Guidelines, {mo} {Y3}).",
        "Apple's rules forced a change to payments (App Store Review Guideline 3.1.1).",
        "{B} bans users under 18 (Terms of Use, clause {q}).",
    ],
    "timezone-time": [
        "Activity peaks late in the evening (9pm–11pm local time).", "The push went out at the busiest time (Sunday, 8pm GMT).",
        "Tokyo users are most active on the commute (7:30–8:30am JST).",
    ],
    "season-episode": [
        "The show's finale (series {q}, episode {n}) brought a spike in sign-ups.",
        "A matchmaker appeared on the podcast (episode {n}, {mo} {Y3}).",
        "The brand's own series (season {q}) ran on YouTube.",
    ],
    "data-breach": [
        "Trust fell after the breach ({n},000 accounts, {Y3}).", "The Ashley Madison hack (2015) is still cited as a warning.",
        "The leak exposed users' locations (reported {mo} {Y3}).",
    ],
    "stock-listing": [
        "Bumble listed on Nasdaq (February 2021) at a valuation above $8bn.", "The shares fell sharply (down {pc}% in {Y3}).",
        "Grindr went public through a SPAC (November 2022).",
    ],
    "user-quote-name": [
        "One interviewee (Priya, 29, Bengaluru) said she deleted the app twice.",
        "A user in the focus group (Siobhán, 34, Dublin) preferred events.",
        "Another participant (Thabo, 27, Johannesburg) paid for a boost once.",
    ],
    "version-update": [
        "Matches dropped after the redesign (v{q}.{n}, {mo} {Y3}).", "The algorithm was changed (the ‘{Y3} update’) without notice.",
        "The Android app was rebuilt (release {q}.{q}.{n}).",
    ],
}  # fmt: skip
