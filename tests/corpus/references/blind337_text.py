"""The prose of the "blind337" pool: marketers at gyms and fitness clubs, boutique, yoga and pilates studios,
fitness-app and connected-equipment firms, sports-nutrition brands and personal-training networks in the UK, the
Netherlands, Spain, Sweden, Brazil and the US writing CIM Level 6 and 7 reports and MBA assignments in English on
low-cost gyms, memberships and churn, boutique fitness, apps and wearables, influencers and digital channels.

Written without reading the checker or any other pool. Placeholders: {N} a narrative citation, {P} a parenthetical
one, {C} and {C2} claims, {B} a brand, {O} an opener, {Q} a quotation; and this pool's own fill values (see
``values``): {pc} a percentage, {Y3} a recent year, {price} a monthly fee, {ch} a channel, {app} an app or device,
{city} a city, {K} a research firm or statistics office, {seg} a member segment, {cls} a class type.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["PureGym", "The Gym Group", "David Lloyd Clubs", "Nuffield Health", "Virgin Active", "Third Space", "Barry's",
          "F45", "1Rebel", "Frame", "Basic-Fit", "SportCity", "Anytime Fitness", "Smartfit", "Bodytech", "Holmes Place",
          "Ifitness", "SATS", "Friskis&Svettis", "Peloton", "Strava", "Zwift", "ClassPass", "Myprotein", "Huel",
          "Gymshark", "Les Mills", "Equinox", "Planet Fitness"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """The fill values only this pool's frames use."""
    return {
        "pc": str(rng.randint(4, 78)), "Y3": str(rng.randint(2019, 2025)),
        "price": rng.choice(["£19.99", "£24.99", "£29.99", "€24.99", "€29.99", "R$119.90", "$15", "SEK 449"]),
        "ch": rng.choice(["Instagram", "TikTok", "email", "the member app", "paid search", "YouTube", "Strava clubs",
                          "referral schemes", "WhatsApp", "push notifications"]),
        "app": rng.choice(["the Apple Watch", "a Fitbit", "the Peloton app", "Strava", "Zwift", "MyFitnessPal", "Garmin Connect", "the club app"]),
        "city": rng.choice(["Manchester", "Leeds", "Amsterdam", "Rotterdam", "Madrid", "Barcelona", "Stockholm", "Gothenburg",
                            "São Paulo", "Rio de Janeiro", "New York", "Austin"]),
        "K": rng.choice(["Mintel", "Statista", "Kantar", "YouGov", "Deloitte", "the Leisure Database Company", "Sport England", "the ONS", "CBS", "SCB", "IBGE"]),
        "seg": rng.choice(["January joiners", "off-peak members", "students", "lapsed members", "women over 40",
                           "Gen Z gym-goers", "corporate members", "new parents"]),
        "cls": rng.choice(["HIIT", "spin", "reformer pilates", "hot yoga", "Body Pump", "boxing", "strength and conditioning"]),
    }  # fmt: skip


NARRATIVE_START = [
    "{N} argued that {C}.",
    "{N} found that {C}, although their sample was drawn mainly from {seg}.",
    "{N} showed that {C}, which matters for {B}.",
    "{N} concluded that {C}; this bears directly on {B}'s retention plan.",
    "{N} reported that {C} in every market studied.",
    "{N} warned that {C} once the January intake has settled.",
    "{N} suggested that {C}, a view later {K} figures seem to support.",
    "{N} studied members of low-cost clubs in {city} and found that {C}.",
    "{N} identified three reasons for cancellation – price, crowding and lost motivation – and showed that {C}.",
    "{N} claimed that {C}.",
    "{N} noted that about {pc}% of new members stop visiting within six months, and that {C}.",
    "{N} were among the first to argue that {C}.",
    "{N} questioned whether {C}, pointing to weak evidence from boutique studios.",
    "{N} measured attendance data from {app} and concluded that {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "As {N} explained, {C}.",
    "{O}, {N} found that {C}.",
    "In line with {N}, {C}.",
    "{C}, which is consistent with the findings of {N}.",
    "This mirrors what {N} observed among {seg}: {C}.",
    "{B} could learn from {N}, who showed that {C}.",
    "{C} – a point that {N} also made about {seg}.",
    "The evidence is mixed: {N} found that {C}, whereas other studies disagree.",
    "Following {N}, this report treats churn as a service problem, because {C}.",
    "For a budget operator such as {B}, the work of {N} is useful because {C}.",
    "Not everyone agrees; {N}, for instance, maintained that {C}.",
    "{O}, research by {N} suggests that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} model of member commitment implies that {C}.",
    "{O}, {N} study of {seg} showed that {C}.",
    "{N} argument rests on the idea that {C}.",
    "The weakness of {N} framework is that it assumes {C}.",
    "{C}, which supports {N} conclusion about retention.",
    "According to {N} analysis, {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.",
    "{O}, it seems that {C} {P}.",
    "Most commentators now agree that {C} {P}.",
    "{C}, especially among {seg} {P}.",
    "This matters because {C} {P:see}.",
    "Several studies make the same point, namely that {C} {P:see, for example,}.",
    "{B} should therefore invest in {ch}, given that {C} {P:e.g.}.",
    "The high-value, low-price model depends on keeping staff costs low and membership numbers high {P}.",
    "Members who attend fewer than four times a month are the most likely to cancel {P}.",
    "Boutique studios charge per class and compete on community rather than on equipment {P}.",
    "{C}, which has implications for how {B} plans its {ch} activity {P}.",
    "It is also worth noting that {C} {P:cf.}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, but in practice {C2}.",
    "{C} {P}; however, {C2}.",
    "Although {C} {P}, {C2}.",
    "{O}, {C} {P} and {C2}.",
    "{C} {P}, whereas {C2}.",
    "Three levers stand out – onboarding calls, class bookings {P} and freeze options – and {C}.",
    "Given that {C} {P:see}, it follows that {C2}.",
]  # fmt: skip
CLAIMS = [
    "members who book a class in their first fortnight are far less likely to cancel",
    "low-cost gyms win members on price but lose them on crowding at peak times",
    "{seg} respond better to community than to discounts",
    "fitness influencers shape where {seg} choose to train",
    "wearables such as {app} raise motivation only for a few months",
    "{B} relies too heavily on January promotions to fill its clubs",
    "no-contract memberships attract more joiners but shorten the average stay",
    "boutique studios build loyalty through instructors rather than through the brand",
    "connected equipment keeps members engaged between visits",
    "social proof on {ch} persuades more first-time joiners than paid advertising does",
    "price rises of a few pounds a month rarely cause mass cancellations",
    "a personal welcome from staff lowers early churn",
    "sports-nutrition brands borrow credibility from athletes and gyms",
    "the pandemic moved many members to home workouts for good",
    "{ch} drives more trial sign-ups than print or radio",
    "members value flexibility over the range of equipment",
]  # fmt: skip
OPENERS = ["However", "In practice", "For {B}", "Having said that", "By contrast", "In {B}'s case", "Since lockdown",
           "Turning to {ch}", "In the low-cost segment", "From a member's point of view", "Put simply", "Crucially",
           "For {seg}", "More recently", "In a boutique context"]  # fmt: skip
PLAIN = [
    "{B} currently operates around {pc}0 clubs and charges from {price} a month.",
    "The rest of this section applies the 7Ps to {B}'s membership offer.",
    "Table 2 compares the options on cost, reach and fit with the brand.",
    "{B}'s Instagram account has grown steadily, but engagement per post has fallen.",
    "The recommendations below are costed and phased over twelve months.",
    "{O}, {C}.",
    "A SWOT analysis of {B} is included in the appendices.",
    "Member feedback is collected through the app after every visit.",
    "The club in {city} is used as a pilot site for the campaign.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.",
    "As one textbook puts it, {Q} {P}.",
    "Put another way, {Q} {P}.",
    "{O}, {Q} {P}.",
    "The point is summed up neatly: {Q} {P}.",
    "{Q} {P}; the evidence from {B} agrees.",
    "As {N} put it, {Q}.",
]  # fmt: skip
SCARE_QUOTES = ["‘fitness as a lifestyle’", "‘gymtimidation’", "‘sweat equity’", "‘high-value, low-price’", "‘the third place’",
                "‘connected fitness’", "‘boutique experience’", "“community-led”", "“New Year, new me”", "‘hybrid membership’",
                "“wellness economy”", "‘athleisure’"]  # fmt: skip
SCARE_FRAMES = [
    "Operators now sell {Q} to their members {P}.",
    "{B} calls its approach {Q}, yet its clubs are crowded at six {P}.",
    "What the industry calls {Q} is often just a discount {P}.",
    "The shift towards {Q} has been rapid since {Y3} {P}.",
    "So-called {Q} marketing can put beginners off {P}.",
    "{N} described this as {Q}.",
]  # fmt: skip
SUBJECT_LINES = ["‘We miss you – your first month back is on us’", "‘Your {cls} class starts in 1 hour’",
                 "“No joining fee this weekend only”", "‘New year, new PB?’", "‘Your {Y3} workout stats are in’",
                 "‘Bring a friend for free’", "“Freeze, don't cancel”"]  # fmt: skip
SUBJECT_FRAMES = [
    "The win-back email headed {Q} recovered lapsed members {P}.",
    "{B}'s push notification, {Q}, lifted class bookings {P}.",
    "Testing {Q} against a plainer version showed the value of personalisation {P}.",
    "A subject line like {Q} creates urgency {P}, but overuse leads to fatigue.",
]  # fmt: skip

# Text with brackets, years, figures and quotation marks that is no citation.
NOT_CITATIONS = {
    "workout-year": [
        "The dance-fitness craze began in a California studio (Jazzercise, 1969).",
        "Latin-inspired classes spread worldwide within a decade (Zumba, 2001).",
        "Functional training found a mass audience in garage boxes (CrossFit, 2000).",
    ],
    "method-year": [
        "The method is now sold as reformer classes in every city (Pilates, 1926).",
        "Beginners are often pointed to a nine-week running plan (Couch to 5K, 2007).",
        "Group cycling was first taught to a handful of riders (Spinning, 1993).",
    ],
    "craze-year": [
        "Interval training dominated class timetables for years (HIIT craze, 2014).",
        "Studios rushed to add rowing classes after the boom (rowing craze, 2017).",
        "Hot yoga studios opened on many high streets ({Y3} boom).",
    ],
    "trainer-year": [
        "Home workouts on VHS became a best-selling format (Jane Fonda, 1982).",
        "Daily PE sessions on YouTube reached millions of families (Joe Wicks, 2020).",
        "Breakfast-TV workouts brought aerobics into living rooms, with Mr Motivator (1993) the best known.",
    ],
    "founder-year": [
        "The method began as rehabilitation for injured soldiers (Joseph Pilates, 1926).",
        "The first Les Mills classes were taught in Auckland (Les Mills, 1968).",
        "Gymshark started in a garage in Solihull (Ben Francis, 2012).",
    ],
    "athlete-year": [
        "Bodybuilding entered popular culture with its best-known star (Arnold Schwarzenegger, 1977).",
        "Women's football drew record crowds after the Euros win (Lionesses, 2022).",
        "Sponsorship deals followed the Olympic gold (Jessica Ennis-Hill, 2012).",
    ],
    "gym-year": [
        "Venice Beach became the home of serious lifting (Gold's Gym, 1965).",
        "The low-cost model arrived in the UK with a 24-hour club in Leeds (first PureGym, 2009).",
        "The Dutch chain started with a single club (Basic-Fit, 1984).",
    ],
    "studio-year": [
        "The boutique model began with a red-lit room in West Hollywood (Barry's Bootcamp, 1998).",
        "Indoor cycling became a lifestyle brand in New York (SoulCycle, 2006).",
        "London's first boutique chain of its kind opened in Shoreditch (Frame, 2009).",
    ],
    "chain-founded": [
        "The Swedish non-profit has grown into a national movement (Friskis&Svettis, 1978).",
        "The Brazilian chain took the low-cost model to Latin America (Smart Fit, 2009).",
        "The US budget chain built its brand on a 'Judgement Free Zone' (Planet Fitness, 1992).",
    ],
    "event-year": [
        "Mass participation running took off in Britain (London Marathon, 1981).",
        "Free weekly 5k runs began in a London park (parkrun, 2004).",
        "The long-distance triathlon started in Hawaii (Ironman, 1978).",
    ],
    "games-year": [
        "Government hoped for a participation legacy from the Games (Olympics, 2012).",
        "Brazil's own legacy plans followed the Rio Games (Rio 2016).",
        "Barcelona's seafront was rebuilt for the Games (Olympics, 1992).",
    ],
    "award-year": [
        "The club was named the best in the region (Gym of the Year, 2023).",
        "{B}'s app won a design prize ({Y3} Webby Awards).",
        "The campaign was shortlisted for an industry award (Active Awards, {Y3}).",
    ],
    "merger-year": [
        "The Danish chain became part of the group (PureGym and Fitness World, 2020).",
        "A minority stake valued the brand at over £1bn (Gymshark and General Atlantic, 2020).",
        "The Swedish and Norwegian clubs were combined under one owner (SATS and Elixia, 2014).",
    ],
    "takeover-year": [
        "The Dutch chain was taken over by private equity before its listing (3i deal, 2013).",
        "The boutique operator changed hands during the pandemic (administration, 2020).",
        "Nutrition brands were bought up by larger groups (THG deal for Myprotein, 2011).",
    ],
    "law-year": [
        "Sugary drinks sold in gym cafés became dearer (Sugar Tax, 2018).",
        "Changing rooms and classes must be accessible to all members (Equality Act, 2010).",
        "Contracts must be cancellable online as easily as they are signed (DMCC Act, 2024).",
    ],
    "rule-year": [
        "Online joiners may cancel within fourteen days (Cooling-off rule, 2014).",
        "Influencers must label sponsored posts clearly (#ad, since 2018).",
        "Membership contracts of more than a year were challenged by the regulator (minimum-term rule, 2011).",
    ],
    "lockdown-year": [
        "Clubs were closed for months and memberships frozen (lockdown closures, 2020).",
        "Gyms reopened with booking slots and one-way systems (July {Y3} reopening).",
        "Sweden kept most gyms open throughout (no lockdown, 2020).",
    ],
    "device-year": [
        "Step counting went mainstream with a clip-on tracker (Fitbit, 2009).",
        "Connected bikes brought the studio into the home (Peloton Bike, 2014).",
        "Heart-rate data moved onto the wrist for millions (Apple Watch, 2015).",
    ],
    "product-year": [
        "Infomercials sold millions of units of one simple device (ThighMaster, 1991).",
        "Protein bars moved from gym counters into supermarkets (Grenade Carb Killa, 2010).",
        "The seamless leggings sold out within hours (Gymshark Vital, 2017).",
    ],
    "app-launch": [
        "Cyclists began to compete for segments online (Strava, 2009).",
        "Virtual racing turned indoor training into a game (Zwift, 2014).",
        "A single pass opened thousands of studios to members (ClassPass, 2013).",
    ],
    "film-year": [
        "The documentary made bodybuilding fashionable (Pumping Iron, 1977).",
        "The steps of the Philadelphia Museum of Art became a pilgrimage site (Rocky, 1976).",
        "Workout montages have been a staple since the sequel (Rocky IV, 1985).",
    ],
    "series-year": [
        "Weight-loss television turned exercise into a competition (The Biggest Loser, 2004).",
        "The aerobics boom returned as a period drama (Physical, 2021).",
        "Gladiators made muscular fitness a Saturday-night show (Gladiators, 1992).",
    ],
    "price-year": [
        "Off-peak membership costs {price} a month (2024).",
        "The entry price has risen little in a decade (£24.99 a month in {Y3}).",
        "A single reformer class costs more than a month at a budget gym (£28 per class, 2024).",
    ],
    "members-year": [
        "The UK sector reached a record size (10.7 million members, 2023).",
        "The chain passed a milestone during the year (1 million members, {Y3}).",
        "Peloton's subscriber base peaked after lockdown (3 million subscribers, 2022).",
    ],
    "clubs-count": [
        "The estate has grown quickly (over {pc}0 clubs by {Y3}).",
        "Basic-Fit now operates across six countries (1,500 clubs, 2024).",
        "The franchise claims a club in every large town (5,000 locations, {Y3}).",
    ],
    "joins-figure": [
        "January remains the busiest month for sign-ups (2022 joins).",
        "Online joins overtook walk-ins for the first time ({Y3} joins: {pc}%).",
        "Most new members joined through the website ({Y3} intake).",
    ],
    "churn-figure": [
        "Monthly churn fell after the onboarding calls began ({pc}% in {Y3}).",
        "Retention improved after the app update (12-month retention: {pc}%).",
        "Cancellations peaked in the spring ({Y3} figures).",
    ],
    "revenue-figure": [
        "Revenue recovered strongly after reopening ({Y3} revenue: £{n}m).",
        "Like-for-like sales grew again (H1 {Y3}: +{pc}%).",
        "Secondary spend per visit remains small (£{q}.50 in {Y3}).",
    ],
    "slogan": [
        "The old gym saying ‘No pain, no gain’ has been retired by most operators.",
        "Nike's ‘Just do it’ (1988) still frames much fitness advertising.",
        "Posters reading ‘Sweat is fat crying’ were removed after complaints.",
        "Planet Fitness promises a ‘Judgement Free Zone’ in every club.",
    ],
    "saying": [
        "Trainers still repeat the line “You can't out-train a bad diet”.",
        "The phrase ‘Summer bodies are made in winter’ appeared in every January campaign.",
        "“Train insane or remain the same” was printed on the club's T-shirts.",
    ],
    "hashtag": [
        "The challenge trended for a week (#75Hard, {Y3}).",
        "Members posted their progress under the campaign tag (#GymTok).",
        "The brand's community hashtag (#Gymshark66) reached millions of views.",
    ],
    "handle": [
        "Members can follow the club on Instagram (@clubgym_uk).",
        "Questions can be sent to the team (hello@clubmail.co.uk).",
        "The landing page (www.joinnow.fit/offer) converted best.",
    ],
    "class-name": [
        "The most popular format on the timetable is still the barbell class (Body Pump, 1991).",
        "Studios market the workout by its length (F45, 45 minutes).",
        "{B} launched its own strength class in {city} ({cls}, {Y3}).",
    ],
    "guideline": [
        "Adults are advised to do 150 minutes of moderate activity a week (about 22 minutes a day).",
        "The recommendation of 10,000 steps a day began as a pedometer advert (Manpo-kei, 1965).",
        "Strength exercise is advised on two days a week (for adults aged 19 to 64).",
    ],
    "campaign-year": [
        "The campaign encouraged women to exercise without embarrassment (This Girl Can, 2015).",
        "A national push encouraged short bursts of activity (We Are Undefeatable, 2019).",
        "{B}'s spring campaign ran across {ch} and outdoor posters ({Y3} campaign).",
    ],
    "season-year": [
        "Sign-ups peaked after the holidays (January {Y3}).",
        "Attendance dips every summer (July–August {Y3}).",
        "Footfall has not yet returned to its earlier level (pre-pandemic, 2019).",
    ],
    "quarter": [
        "Bookings rose sharply in the first quarter (Q1 {Y3}).",
        "The app reached its download target early (Q{q} {Y3}).",
        "Advertising spend was cut in the autumn (Q4 {Y3} plan).",
    ],
    "financial-year": [
        "Profits returned after two difficult years (FY{Y3}).",
        "The chain's results were published in the spring (year to 31 December {Y3}).",
        "Capital spending was focused on new sites (FY{Y3}/{q}).",
    ],
    "survey-n": [
        "Most members said price was the main reason for joining (n = {n}).",
        "A short survey of {seg} was run in the club ({pc}%, n = {n}).",
        "Responses were collected over two weeks (online survey, {Y3}).",
    ],
    "cross-reference": [
        "The full costings are in Appendix {q} (p. {n}).",
        "This is discussed further in Section {q}.2 (below).",
        "As Figure {q} (above) shows, most joins come from paid search.",
    ],
    "abbreviation": [
        "High-intensity interval training (HIIT) remains the most booked class type.",
        "Customer lifetime value (CLV) is tracked in the member CRM.",
        "Net promoter score (NPS) is collected after every visit.",
    ],
    "acronym-year": [
        "The club's instructors hold current qualifications (REPs Level 3, {Y3}).",
        "Staff training follows the national standard (CIMSPA standard, {Y3}).",
        "Data is processed in line with consent rules (GDPR {Y3} audit).",
    ],
    "certification": [
        "Every instructor is qualified to teach the format (Les Mills certified, {Y3}).",
        "The yoga teachers completed their training abroad (RYT 200, {Y3}).",
        "The club passed its quality inspection (Quest accreditation, {Y3}).",
    ],
    "programme-year": [
        "A referral scheme gives both members a free month (Refer a Friend, {Y3}).",
        "Employers offer the pass as a staff benefit (Gympass, 2012).",
        "The NHS funded exercise on prescription in some areas (GP referral scheme, {Y3}).",
    ],
    "opening-year": [
        "The flagship club opened in a former cinema ({city}, {Y3}).",
        "The first studio outside London opened in the north (Manchester, 2016).",
        "The chain's first club in Spain opened on the coast (Málaga, {Y3}).",
    ],
    "tech-update": [
        "Tracking across apps became harder after an iPhone update (iOS 14.5, 2021).",
        "The club app was rebuilt from scratch (version {q}.0, {Y3}).",
        "Bookings moved to a new platform during the summer ({Y3} relaunch).",
    ],
    "record-year": [
        "The fastest marathon was run in Chicago (Kelvin Kiptum, 2023).",
        "A world record for the mile still stands decades on (1999 record).",
        "The club held a 24-hour spin challenge for charity ({Y3} record).",
    ],
    "percentage": [
        "Around {pc}% of members never book a class.",
        "Mobile accounts for most joins ({pc}%).",
        "{pc}% of lapsed members (n = {n}) said they would come back for a lower fee.",
    ],
    "date": [
        "The summer sale ran from {d} June to the end of the month ({Y3}).",
        "The survey was sent on {d} March {Y3} and closed a week later.",
        "Data was exported from the booking system on {d}/{q}/{Y3}.",
    ],
    "address": [
        "The new club is at street level (12 High Street, {city}).",
        "Parking is free for members (two hours, Monday to Friday).",
        "Opening hours were extended for shift workers (open 24/7, 365 days).",
    ],
}  # fmt: skip
