"""The blind222 pool's prose: marketers in fitness, wellness, sports nutrition and mass-participation sport.

Written without reading the checker, its tests or any other pool. Marketers at gym chains, boutique studios, leisure
trusts, fitness apps, wearables makers, sports-nutrition brands and running and cycling events in the UK, Ireland, the
Netherlands, Australia and the United States (PureGym, The Gym Group, David Lloyd Clubs, Better, Les Mills, Peloton,
Strava, WHOOP, Garmin, Myprotein, Huel, parkrun) write CIM Level 6 and 7 reports and MBA assignments in English. Their
reports are full of numbers in brackets that are no citations: membership prices and contract terms, class and
programme names with launch years, events and their editions, wearables and their models, step counts, VO2 max and
grams of protein, guidelines and levies with years, club counts, app versions and ratings, race times, franchise
fees, Games, awards, job titles, financial years and quarters.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["PureGym", "The Gym Group", "David Lloyd Clubs", "Better", "Les Mills", "Peloton", "Strava", "WHOOP", "Garmin",
          "Myprotein", "Huel", "parkrun", "Gymshark", "Basic-Fit", "F45 Training", "Barry's", "1Rebel", "Third Space",
          "Nuffield Health", "Everyone Active", "Anytime Fitness", "Fitbit", "Zwift", "Apple Fitness+", "Grenade",
          "Optimum Nutrition", "Lucozade Sport", "Sweaty Betty", "Bannatyne", "Ten Health & Fitness", "Flyefit",
          "Energie Fitness", "Fitness Park", "Jetts", "Planet Fitness", "Orangetheory", "GLL", "Swim England"]  # fmt: skip

_AUDIENCES = ["January joiners", "lapsed members", "women over 50", "students", "new runners", "time-poor commuters",
              "members who train alone", "parents of young children", "Gen Z gym-goers", "club cyclists",
              "people with long-term health conditions", "corporate wellness buyers"]  # fmt: skip
_TACTICS = ["a free first month", "app-based onboarding", "streak badges", "community runs", "off-peak memberships",
            "personal-trainer taster sessions", "referral rewards", "wearable integrations", "creator partnerships",
            "on-demand classes", "flexible contracts", "post-workout nutrition bundles", "challenge leaderboards"]  # fmt: skip
_OUTCOMES = ["retention", "visit frequency", "secondary spend", "trial-to-paid conversion", "word of mouth",
             "member satisfaction", "subscription renewals", "repeat purchase", "event re-entry"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """Fill values only this pool's frames use."""
    price = rng.choice(["£19.99", "£24.99", "£29.99", "£34.99", "€39.99", "€29.95", "A$16.95 a week", "$44"])
    return {
        "PRICE": price,
        "JOIN": rng.choice(["£0", "£15", "£20", "£25", "€49"]),
        "MIN": rng.choice(["12-month", "6-month", "3-month", "24-month"]),
        "CLASS": rng.choice(["BODYPUMP (1990)", "BODYCOMBAT (1999)", "BODYBALANCE (1997)", "RPM (1997)", "GRIT (2013)",
                             "LES MILLS CORE (2011)", "Zumba (2001)", "Spin (1989)"]),
        "PROG": rng.choice(["Couch to 5K (2007)", "This Girl Can (2015)", "Active Lives (2015)", "Daily Mile (2012)",
                            "Get Ireland Active (2016)", "Couch to 5K app (2017)", "Walking Netball (2011)"]),
        "FRAN": rng.choice(["F45 Training (2013)", "Orangetheory (2010)", "Snap Fitness (2003)", "Xercise4Less (2010)",
                            "CrossFit (2000)", "SoulCycle (2006)", "Jetts (2007)"]),
        "EVENT": rng.choice(["the London Marathon 2024", "the Dublin Marathon 2023", "the TCS Amsterdam Marathon 2023",
                             "the Sydney Marathon 2025", "RideLondon 2022", "the Great Manchester Run 2024",
                             "the Berlin Marathon 2023", "Ironman Cork 2024"]),
        "EVENTYR": rng.choice(["the Great North Run (1981)", "the London Marathon (1981)", "the City2Surf (1971)",
                               "the Dam tot Damloop (1985)", "the Bay to Breakers (1912)", "the Dublin Marathon (1980)"]),
        "STAGE": rng.choice(["Tour de France 2023 stage 4", "Stage 14 of the 2024 Giro d'Italia",
                             "the 2022 Tour de France Femmes, stage 7", "Tour of Britain 2023 stage 2"]),
        "WEAR": rng.choice(["Apple Watch Series 9", "WHOOP 4.0", "Garmin Forerunner 965", "Fitbit Charge 6",
                            "Oura Ring Gen3", "Garmin Fenix 7", "Polar Vantage V3", "Coros Pace 3"]),
        "STEPS": rng.choice(["10,000", "8,000", "7,500", "12,000"]),
        "VO2": rng.choice(["52", "47", "38", "61"]),
        "PROT": rng.choice(["30 g", "20 g", "25 g", "40 g"]),
        "KCAL": rng.choice(["2,000 kcal", "400 kcal", "2,500 kcal", "250 kcal"]),
        "CLUBS": rng.choice(["400th", "200th", "100th", "250th", "500th"]),
        "CITY": rng.choice(["Leeds", "Cork", "Utrecht", "Geelong", "Austin", "Glasgow", "Cardiff", "Galway", "Rotterdam"]),
        "APPV": rng.choice(["v7.2", "version 3.14", "v2.0", "v12.1.3", "iOS 17"]),
        "STARS": rng.choice(["4.8", "4.6", "4.9", "3.9"]),
        "TIME": rng.choice(["2:01:09", "2:09:56", "3:59:59", "1:29:44", "17:59", "2:11:53"]),
        "GAMES": rng.choice(["Paris 2024", "Birmingham 2022", "Tokyo 2020", "London 2012", "Glasgow 2026",
                             "Brisbane 2032", "Gold Coast 2018", "LA28"]),
        "AWARD": rng.choice(["the ukactive Awards 2023", "the Health Club Awards 2024", "the Fitness Awards 2023",
                             "the Irish Fitness Awards 2024", "the European Health & Fitness Awards 2022"]),
        "ROLE": rng.choice(["PT", "Level 3 Personal Trainer", "Level 2 Gym Instructor", "Head Coach", "CEO",
                            "Chief Marketing Officer", "Head of Membership", "General Manager", "Master Trainer"]),
        "FY": rng.choice(["FY2023/24", "FY2022/23", "FY24", "FY2021"]),
        "QTR": rng.choice(["Q1 2024", "Q4 2023", "Q3 2022", "Q2 2025"]),
        "MEMBERS": rng.choice(["2.1 million", "850,000", "1.3 million", "3.4 million", "620,000"]),
        "PCT": rng.choice(["18", "4.2", "23", "11", "37", "62"]),
        "TICK": rng.choice(["LSE: GYM", "NASDAQ: PTON", "LSE: THG", "NYSE: PLNT", "Euronext: BFIT", "NASDAQ: GRMN"]),
        "HANDLE": rng.choice(["@thegymgroup", "@puregym", "@parkrunuk", "@huel", "@gymshark", "@strava", "@whoop"]),
        "TAG": rng.choice(["#parkrunday", "#NewYearNewYou", "#GymTok", "#75Hard", "#StravaOrItDidntHappen", "#FuelledByHuel"]),
        "FEEF": rng.choice(["US$60,000", "£35,000", "A$50,000", "€25,000"]),
        "ENTRY": rng.choice(["£59", "£79.99", "€95", "A$165"]),
        "T2": rng.choice(_TACTICS),
        "A2": rng.choice(_AUDIENCES),
        "R2": rng.choice(_OUTCOMES),
    }  # fmt: skip


CLAIMS = [
    "members who book a class in their first fortnight stay longer than those who train alone",
    "offering {T2} lifts {R2} among {A2}",
    "low-cost gyms win {A2} on price but lose them on atmosphere",
    "{B} could improve {R2} by offering {T2}",
    "wearables turn exercise into data that people like to share",
    "social comparison on running apps motivates some users and puts others off",
    "most January joiners stop visiting by March unless something brings them back",
    "protein is now sold as an everyday food rather than a bodybuilding supplement",
    "event entrants value the medal and the story as much as the run itself",
    "leisure trusts compete on community value rather than on price",
    "{A2} respond better to belonging than to body-image messages",
    "connected-fitness subscriptions fell sharply once gyms reopened",
    "influencer endorsements of supplements attract more scrutiny than other categories",
    "{B} relies on {T2} more than its rivals do",
    "free mass-participation events build loyalty that later pays off for sponsors",
    "boutique studios charge a premium for instructors, music and community",
    "health claims on sports-nutrition packs must be backed by authorised evidence",
    "{A2} rarely switch wearable brands once their data history is stored",
]  # fmt: skip
OPENERS = ["However", "In the UK market", "For {B}", "By contrast", "In practice", "More recently", "Similarly",
           "Since the pandemic", "In the low-cost segment", "For a leisure trust", "From a marketing point of view",
           "In Ireland and the Netherlands alike", "At the boutique end of the market"]  # fmt: skip
NARRATIVE_START = [
    "{N} argue that {C}.", "{N} found that {C}.", "{N} showed that {C}, which is relevant to {B}.",
    "{N} suggests that {C}.", "{N} concluded that {C}, although the sample was drawn from one chain.",
    "{N} reported that {C} in the UK fitness market.", "{N} highlight that {C}.",
    "{N} noted that {C}, particularly among {A2}.", "{N} question whether {C}.",
    "{N} makes a similar point: {C}.", "{N} found that {C}; {B} appears to have acted on this.",
    "{N} observed that {C} across clubs in Ireland, the Netherlands and Australia.",
]  # fmt: skip
NARRATIVE_MID = [
    "According to {N}, {C}.", "{O}, {N} found that {C}.", "This is consistent with {N}, who found that {C}.",
    "{C}, as {N} point out.", "Research by {N} suggests that {C}.", "As {N} explains, {C}.",
    "{B} is a good example: {N} showed that {C}.", "{C} – a view shared by {N}.",
    "Data from {N} indicate that {C}.", "A survey by {N} found that {C}.",
    "In a study of Australian fitness centres, {N} found that {C}.", "{C}; however, {N} found the opposite for {A2}.",
    "Building on {N}, it can be argued that {C}.", "{C}, according to {N}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study found that {C}.", "{O}, {N} findings suggest that {C}.", "Using {N} model, it appears that {C}.",
    "{N} data show that {C}.", "{B} could apply {N} framework, since {C}.", "{N} report concluded that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "There is good evidence that {C} {P}.", "It is widely accepted that {C} {P}.",
    "{B} is no exception, since {C} {P}.", "For {A2}, {C} {P}.", "Industry data suggest that {C} {P}.",
    "{C}, particularly after the pandemic {P}.", "{O}, it has been shown that {C} {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, although {C2}.", "{C} {P}; even so, {C2}.", "{C} {P}, while {C2}.",
    "{O}, {C} {P}, which means that {C2}.", "{C} {P} – yet {C2}.",
]  # fmt: skip
PLAIN = [
    "{B} sells memberships through its app, its website and at the front desk.",
    "The campaign ran for six weeks in January and February across paid social, email and out-of-home.",
    "{O}, {C}.",
    "Members can freeze their membership for up to three months a year.",
    "The brand's owned channels, especially its app, matter more than paid media.",
    "Appendix 2 sets out the member journey from sign-up to the first ninety days.",
    "{B} runs a referral scheme that rewards both the member and the friend.",
    "The segmentation below uses visit frequency, tenure and class attendance.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one textbook puts it, {Q} {P}.", "{N} put it plainly: {Q}.", "{O}, {Q} {P}.",
    "The point is well made that {Q} {P}.", "{Q} {P}, and {B} has taken this to heart.", "{N} argues that {Q}.",
]  # fmt: skip
SCARE_QUOTES = ["‘fitness as self-care’", "‘gymtimidation’", "‘the quantified self’", "‘high-volume, low-cost’",
                "‘hybrid fitness’", "‘wellness washing’", "‘clean eating’", "‘community-first’", "'run club era'",
                "“sweat equity”", "‘January effect’"]  # fmt: skip
SCARE_FRAMES = [
    "Operators now talk of {Q} {P}.", "{B} calls its model {Q} {P}.", "The idea of {Q} has spread quickly {P}.",
    "Critics describe this as {Q} {P}.", "What {N} calls {Q} is now common in the sector.",
]  # fmt: skip
SUBJECT_LINES = ["‘Your first class is on us’", "‘We miss you – come back for {PRICE}’", "“New year, new PB?”",
                 "‘Your Year in Sport is here’", "‘Last chance: no joining fee ends tonight’",
                 "‘Fuel your next long run’", "“Your streak is about to end”", "‘Bring a friend for free this week’"]  # fmt: skip
SUBJECT_FRAMES = [
    "An email headed {Q} lifted reactivations among lapsed members {P}.",
    "{B}'s push notification {Q} was the most opened of the quarter {P}.",
    "The subject line {Q} doubled open rates in testing {P}.",
    "Messages such as {Q} rely on loss aversion {P}.",
    "{N} cite {Q} as an example of a well-timed win-back message.",
]  # fmt: skip

NOT_CITATIONS = {
    "membership-price": ["{B} charges {PRICE} a month for its standard membership.",
                         "Off-peak membership costs {PRICE} a month (no contract)."],
    "contract-term": ["Premium clubs still ask for a {MIN} minimum term (cancel with one month's notice).",
                      "The offer required a {MIN} minimum (no freeze option in the first three months)."],
    "joining-fee": ["The joining fee was cut to {JOIN} for January (usually £20).",
                    "New members paid a {JOIN} joining fee (waived for students)."],
    "class-launch-year": ["Group classes such as {CLASS} remain the most booked on the timetable.",
                          "The studio still runs {CLASS} five times a week."],
    "programme-launch": ["Public campaigns such as {PROG} brought new runners into the market.",
                         "Schemes like {PROG} show how public bodies can recruit inactive adults."],
    "franchise-founded": ["Franchises such as {FRAN} grew quickly through small studio formats.",
                          "Boutique brands like {FRAN} sell a branded workout rather than access to equipment."],
    "event-edition": ["Entries for {EVENT} opened through a public ballot.",
                      "The brand sponsored the official app for {EVENT}."],
    "event-founded": ["Long-running events such as {EVENTYR} show how a mass run becomes a tradition.",
                      "Heritage matters: {EVENTYR} now sells out within hours."],
    "parkrun-first-run": ["The first parkrun at Bushy Park (2004) had 13 runners.",
                          "Since the first Bushy Park time trial (October 2004), the model has spread to 23 countries."],
    "tour-stage": ["Sales of the bike spiked after {STAGE} was shown on free-to-air TV.",
                   "The team's kit was seen by millions during {STAGE}."],
    "wearable-model": ["The {WEAR} tracks sleep, heart rate and training load.",
                       "Reviewers compared the {WEAR} with its closest rivals on battery life."],
    "steps-target": ["Many users still aim for {STEPS} steps a day, a figure with marketing rather than medical origins.",
                     "The app's default goal is {STEPS} steps (adjustable in settings)."],
    "vo2-max": ["The watch estimated a VO2 max of {VO2} ml/kg/min for the tester.",
                "Users share their VO2 max ({VO2}) as a badge of fitness."],
    "activity-minutes": ["Adults are advised to do 150 minutes of moderate activity a week (or 75 minutes vigorous).",
                         "Only a minority of {A2} reach 150 minutes a week."],
    "protein-grams": ["Each shake provides {PROT} of protein (per 60 g serving).",
                      "The bar was repositioned around its {PROT} protein claim."],
    "calories": ["A full meal of Huel provides 400 kcal (about a fifth of a {KCAL} day).",
                 "The pack highlights {KCAL} on the front of pack."],
    "cmo-guidelines": ["The UK Chief Medical Officers' guidelines (2019) added strength training for all adults.",
                       "Under the CMO guidelines (2019), adults should be active every day."],
    "sugar-tax": ["Sports drinks were reformulated after the sugar tax (2018).",
                  "The Soft Drinks Industry Levy (April 2018) pushed brands towards zero-sugar ranges."],
    "hfss-rules": ["Promotion of HFSS products in store was restricted (October 2022).",
                   "The HFSS placement rules (October 2022) affected some protein bars and cereals."],
    "club-count": ["The chain opened its {CLUBS} gym (2023) in {CITY}.",
                   "Its {CLUBS} site, opened in {CITY} in {Y}, is its largest."],
    "club-opening": ["The first club opened in {CITY} ({Y}) in a former retail unit.",
                     "Expansion into {CITY} (three sites by {Y}) followed the first UK success."],
    "app-version": ["The redesign ({APPV}) moved the class timetable to the home screen.",
                    "Since {APPV}, members can book and pay for classes in the app."],
    "app-rating": ["The app holds a rating of {STARS} stars (App Store, 120,000 ratings).",
                   "A rating of {STARS} out of 5 on Google Play suggests members like the booking flow."],
    "race-time": ["Kipchoge's marathon world record of 2:01:09 (Berlin) became a headline in the brand's ads.",
                  "The ambassador finished in {TIME}, a personal best."],
    "sub-target": ["Plans promising a sub-20 5K (or a sub-4 marathon) sell well in January.",
                   "The training plan targets a sub-90 half marathon in 12 weeks."],
    "franchise-fee": ["The initial franchise fee is {FEEF} (plus a 7% royalty).",
                      "Franchisees pay {FEEF} up front and a monthly marketing levy."],
    "games": ["Interest in cycling rose after {GAMES}.",
              "The brand's athletes competed at {GAMES} in the track events."],
    "award": ["The club won gym of the year at {AWARD}.",
              "Shortlisting for {AWARD} was used in paid social ads."],
    "job-title": ["Each club employs a {ROLE} on every shift.",
                  "The campaign was led by the brand's {ROLE}, who joined from a retailer."],
    "financial-year": ["Revenue rose by {PCT}% in {FY}.", "Marketing spend was held flat in {FY} (unaudited)."],
    "quarter": ["Member numbers peaked in {QTR}.", "The app's paid subscribers grew by {PCT}% in {QTR}."],
    "member-numbers": ["The chain reached {MEMBERS} members (December {Y}).",
                       "{B} has about {MEMBERS} members across its estate."],
    "churn-rate": ["Monthly churn fell to {PCT}% (January cohort).",
                   "Churn among {A2} was high ({PCT}% in the first 90 days)."],
    "january-peak": ["Joins peaked in the first week of the year (January {Y}).",
                     "Web traffic doubled over New Year (1–7 January {Y})."],
    "lockdown": ["Clubs in England closed during the first lockdown (March–July 2020).",
                 "Home-fitness sales peaked in lockdown (spring 2020)."],
    "heart-rate-zone": ["Zone 2 training (60–70% of maximum heart rate) is now a mainstream idea.",
                        "The class keeps members in the orange zone (84–91% of max HR)."],
    "discount-code": ["The influencer's code JAN{q}0 gave {PCT}% off the first month.",
                      "Followers used the code RUN{q}5 at checkout (one use per customer)."],
    "ticker": ["The group is listed on the London Stock Exchange ({TICK}).",
               "Shares ({TICK}) fell after the trading update."],
    "ipo-year": ["The Gym Group floated on the London Stock Exchange in November 2015.",
                 "Peloton's share price collapsed after its IPO (September 2019)."],
    "product-launch": ["Connected products such as the Peloton Tread (2018) widened the brand's reach.",
                       "The launch of Huel Black Edition (2020) targeted gym-goers who wanted more protein."],
    "distance": ["The marathon distance (42.195 km) was fixed at the 1908 London Olympics.",
                 "A half marathon (13.1 miles) is the most popular first event for new runners."],
    "survey-sample": ["Most members agreed that the app was easy to use (n = {n}).",
                      "The exit survey ({n} respondents, January–March {Y}) ranked price first."],
    "nps": ["The club's Net Promoter Score rose to +{PCT} after the refurbishment.",
            "NPS (+{PCT}) was highest among members who attended classes."],
    "yoy-growth": ["Sales of protein snacks rose year on year (+{PCT}%).",
                   "App downloads grew sharply (+{PCT}% YoY)."],
    "social-handle": ["The brand's account {HANDLE} posts daily workout clips.",
                      "Members tag {HANDLE} with {TAG} after their Saturday run."],
    "hashtag": ["The {TAG} trend reached millions of views on TikTok.",
                "User-generated posts under {TAG} were reshared by the brand."],
    "entry-fee": ["Ballot entries cost {ENTRY} (charity places extra).",
                  "The entry fee of {ENTRY} includes a medal, a T-shirt and timing."],
    "age-category": ["Runners in the V40 category (aged 40–44) are the fastest-growing group.",
                     "Junior events are open to children aged 4 to 14 (2 km courses)."],
    "c25k-week": ["Most drop-outs happen in the third week of the plan (Week 3, Run 1).",
                  "The hardest session is the 20-minute run (Week 5, Day 3)."],
    "qualification": ["Instructors hold a Level 2 Certificate in Gym Instructing (Ofqual-regulated).",
                      "Trainers need a Level 3 Diploma in Personal Training (or equivalent)."],
    "opening-hours": ["Most sites are open 24/7 (staffed 9am–9pm).",
                      "Off-peak hours (10am–4pm and after 8pm) are sold at a discount."],
    "serving-size": ["One scoop (25 g) is the recommended serving.",
                     "The bag holds 2.5 kg (100 servings)."],
}  # fmt: skip
