"""Prose for blind257: marketers at dating apps, matchmaking services, wedding venues, bridal retailers, wedding
planners and wedding-media firms in the UK, Ireland and Australia, writing CIM Level 6 and 7 reports and MBA
assignments on consumer, subscription and small-business marketing.

Written without reading the checker, its tests or any other pool. Placeholders as in text.py; this pool's own fill
values: {app} a dating app, {feat} a paid feature, {seg} a segment, {ven} a venue or retailer, {city} a city,
{pc} a percentage's number, {tier} a subscription tier, {ch} a channel, {fw} a planning model, {yr} a recent year.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Tinder", "Bumble", "Hinge", "Match Group", "eharmony", "Muzz", "Raya", "Feeld", "Inner Circle", "Lumen",
          "Hitched", "Bridebook", "The Knot", "Easy Weddings", "Pronovias", "Wed2B", "David's Bridal", "Confetti.co.uk",
          "Rock My Wedding", "One Fab Day", "Plenty of Fish", "Grindr", "Her", "Coffee Meets Bagel"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """The fill values only this pool's frames use (and themed audiences, results and tactics)."""
    return {
        "A": rng.choice(["Gen Z daters", "newly engaged couples", "single professionals", "LGBTQ+ users", "Muslim singles",
                         "brides-to-be", "over-50s returning to dating", "couples planning on a budget", "lapsed subscribers",
                         "wedding suppliers", "free users"]),
        "R": rng.choice(["conversion to paid", "retention", "enquiry volumes", "trust", "average revenue per paying user",
                         "booking rates", "brand consideration", "word of mouth", "app store ratings"]),
        "T": rng.choice(["freemium pricing", "influencer partnerships", "in-app safety features", "email nurture journeys",
                         "real-wedding content", "paid social", "wedding fairs", "referral schemes", "TikTok content",
                         "review platforms", "push notifications"]),
        "app": rng.choice(["Tinder", "Bumble", "Hinge", "Muzz", "Feeld", "Inner Circle", "Lumen", "Raya", "eharmony"]),
        "feat": rng.choice(["Tinder Gold", "Tinder Platinum", "Bumble Premium", "Hinge+", "HingeX", "Muzz Gold", "Super Likes", "Boosts"]),
        "seg": rng.choice(["serious daters", "casual daters", "second-time brides", "same-sex couples", "eloping couples",
                           "destination-wedding couples", "faith-led singles"]),
        "ven": rng.choice(["a Cotswolds barn venue", "a Dublin hotel", "a Hunter Valley winery", "a Yorkshire country house",
                           "a Wed2B store in Leeds", "a Pronovias boutique in Sydney", "a Cork castle venue"]),
        "city": rng.choice(["Manchester", "Dublin", "Sydney", "Melbourne", "Cardiff", "Galway", "Brisbane", "Leeds", "Belfast"]),
        "pc": str(rng.randint(4, 78)),
        "tier": rng.choice(["Gold", "Platinum", "Premium", "Plus", "Boost", "Spotlight"]),
        "ch": rng.choice(["Instagram", "TikTok", "Pinterest", "email", "paid search", "YouTube", "the app store", "wedding fairs"]),
        "fw": rng.choice(["SOSTAC", "the 7Ps", "RACE", "the customer journey map", "PESTLE", "Porter's five forces", "the service blueprint"]),
        "yr": str(rng.randint(2019, 2024)),
    }  # fmt: skip


NARRATIVE_START = [
    "{N} argued that {C}.", "{N} found that {C}, which matters for {B}.", "{N} concluded that {C}.",
    "{N} suggests that {C}, particularly among {A}.", "{N} observed that {C}; {B} is a clear example.",
    "{N} showed that {C} in the UK and Irish markets.", "{N} warns that {C}.", "{N} describes how {C}.",
    "{N} identified that {C} for {seg}.", "{N} makes the case that {C}.", "{N} reported that {C} across Australia.",
    "{N} questioned whether {C}.", "{N} go further, arguing that {C} and that {C2}.", "{N} note that {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "{O}, {N} found that {C}.", "As {N} explain, {C}.", "This is consistent with {N}, who found that {C}.",
    "{C}, as {N} point out.", "According to {N}, {C}.", "Research by {N} suggests that {C}.",
    "For {B}, the lesson from {N} is that {C}.", "Data from {N} show that {C}.", "{C} – a view shared by {N}.",
    "In a study of {seg} in {city}, {N} found that {C}.", "{C}; however, {N} found the opposite for {A}.",
    "Following {N}, it could be argued that {C}.", "{C}, according to {N}.",
    "Applying {fw} alongside {N} shows that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} research shows that {C}.", "{O}, {N} findings suggest that {C}.", "Using {N} framework, it is clear that {C}.",
    "{N} survey found that {C}.", "{B} could apply {N} model, since {C}.", "{N} report concluded that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "Research shows that {C} {P}.", "For {A}, {C} {P}.", "This matters because {C} {P}.",
    "{B} is no exception, since {C} {P}.", "It is often argued that {C} {P:see}.", "Several studies find that {C} {P:e.g.}.",
    "In the wedding market, {C} {P}.", "{C}, especially on mobile {P}.", "In short, {C} {P}.", "{C}. {P}",
    "Dating apps face a paradox: {C} {P}.", "{C} {P:see also}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, but {C2}.", "{C} {P}; {C2}.", "While {C} {P}, {C2}.",
    "Although {C} {P}, it is also true that {C2}.", "Because {C} {P}, {B} should ensure that {C2}.",
    "{C} {P:see}, whereas {C2}.", "Studies {P} agree that {C}.", "{O}, {C} {P}, so {C2}.",
]  # fmt: skip
CLAIMS = [
    "{A} are more likely to pay for {feat} after a run of unanswered matches",
    "{T} can improve {R} among {A}", "swipe fatigue pushes {A} towards slower, more curated apps",
    "couples now start planning a wedding on Pinterest and Instagram rather than in bridal magazines",
    "{B} depends on a small share of paying users for most of its revenue",
    "safety features build trust with women and LGBTQ+ users", "{A} read reviews before they book a venue",
    "the cost-of-living crisis has made {A} more price-sensitive", "{T} work best when they are tied to {R}",
    "real-wedding stories persuade couples more than brand advertising does",
    "subscription tiers such as {tier} convert best when they are offered at the moment of frustration",
    "faith-based apps such as Muzz compete on trust rather than on the size of their user base",
    "bridal retailers win {A} by offering appointments that feel like an experience",
    "wedding suppliers rely on directories such as Hitched and Bridebook for most of their enquiries",
    "{app} has to balance monetisation against the experience of free users",
    "guest numbers have fallen while spend per guest has risen",
    "{A} expect inclusive imagery in wedding marketing", "{ch} drives more enquiries than print for {B}",
    "the romance of the product makes price rises hard to justify", "{T} can lower the cost of acquiring {A}",
]  # fmt: skip
OPENERS = [
    "Furthermore", "However", "In addition", "For {B}", "In the Irish market", "In Australia", "Since the pandemic",
    "For wedding suppliers", "From the couple's perspective", "Nevertheless", "Consequently", "In the case of {B}",
    "Looking at {B}'s competitors", "For dating apps in particular", "Overall",
]  # fmt: skip
PLAIN = [
    "{B} earns most of its revenue from subscriptions and in-app purchases.",
    "This report analyses {B}'s marketing mix and makes recommendations for the next financial year.",
    "The table below compares the main dating apps by audience, pricing and positioning.",
    "{B}'s Instagram account has over {n}k followers, mostly {A}.", "{O}, {C}.",
    "A SWOT analysis of {B} is included in the appendix.",
    "The venue hosts around {n} weddings a year, most of them between May and September.",
    "Couples can book a bridal appointment online, by phone or through the app.",
    "The recommendations are costed and phased over twelve months.",
    "Task 2 builds on this by proposing a retention plan for lapsed subscribers.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one consumer-culture text puts it, {Q} {P}.", "This is summed up well: {Q} {P}.",
    "{B} appears to accept that {Q} {P}.", "One study of dating apps concluded that {Q} {P}.",
    "Marketers in the wedding sector are reminded that {Q} {P}.", "{O}, {Q} {P}.",
]  # fmt: skip
SCARE_QUOTES = ["‘swipe fatigue’", "‘situationship’", "‘the ick’", "‘love bombing’", "‘ghosting’", "‘breadcrumbing’",
                "‘micro-wedding’", "‘wedding tax’", "‘Bridezilla’", "'slow dating'", "‘the wedding industrial complex’",
                "“intentional dating”", "'IRL'", "‘minimony’", "‘dating detox’"]  # fmt: skip
SCARE_FRAMES = [
    "{B} has tried to address {Q} {P}.", "Many {A} talk about {Q} {P}.", "So-called {Q} is a growing concern for {B} {P}.",
    "The term {Q} is now used by marketers as well as daters {P}.", "This trend, often called {Q}, affects {A} most {P}.",
    "Critics describe this as {Q}, and {B} is not immune {P}.",
]  # fmt: skip
SUBJECT_LINES = ["‘You have a new like – see who it is’", "‘Your {tier} trial ends tomorrow’", "“Say yes to the dress event”",
                 "‘Your wedding countdown: 200 days to go’", "‘Someone in {city} wants to meet you’",
                 "‘Free bridal appointment this weekend’", "‘50% off {tier} – today only’", "“Your venue shortlist is waiting”",
                 "‘It’s Dating Sunday: boost your profile’"]  # fmt: skip
SUBJECT_FRAMES = [
    "A subject line such as {Q} lifted open rates {P}.", "{B} used {Q} to win back lapsed subscribers {P}.",
    "Messages like {Q} work because they create urgency {P}.", "The email {Q} was opened by more {A} than any other {P}.",
    "Testing {Q} against a plainer version showed a clear winner {P}.", "Push notifications such as {Q} can feel intrusive {P}.",
]  # fmt: skip

# Text that looks like a citation and is not one: prices, launches, dates, laws, figures, deals, awards, tickers,
# titles, periods and more, as these candidates write them.
NOT_CITATIONS = {
    "price-with-period": ["Tinder Gold cost £24.99 a month in 2024 for users under 29.", "{app}'s top tier rose to £29.99 a month (2024).",
                          "Hinge+ was priced at €27.99 a month in Ireland in 2023."],
    "wedding-cost-year": ["The average UK wedding cost £18,400 (2023), excluding the honeymoon.",
                          "Couples in Ireland spent around €32,000 on a wedding in 2023.",
                          "The average Australian wedding cost AUD 36,000 in 2022, according to the couples surveyed."],
    "dress-price": ["The best-selling gown was a £1,100 dress (2024) from the core range.",
                    "Wed2B's dresses start at £199 (2024 price list), well below boutique prices."],
    "app-launch": ["Tinder (2012) popularised the swipe, and Bumble (2014) let women message first.",
                   "Muzz (launched as Muzmatch in 2015) targets Muslim singles.", "Feeld (founded 2014) serves open-minded singles and couples."],
    "relaunch-year": ["Hinge's relaunch (2016) repositioned it as the app ‘designed to be deleted’.",
                      "The Inner Circle's rebrand (2021) put its vetting process at the centre of its message."],
    "feature-launch": ["Tinder Gold (2017) let users see who had liked them before swiping.", "Bumble BFF (2016) extended the brand into friendship.",
                       "Hinge's ‘Your Turn Limits’ (2022) nudged users to reply before starting new chats.",
                       "Video chat arrived on most apps during lockdown (spring 2020)."],
    "day-date": ["Traffic peaks on Valentine's Day (14 February 2024), though sign-ups peak earlier.",
                 "Dating Sunday (7 January 2024) was the busiest day of the year for new profiles.",
                 "A leap year proposal (29 February 2024) made the news for {B}."],
    "show-date": ["The brand exhibited at the National Wedding Show (February 2024) in Birmingham.",
                  "Exhibitor bookings for the Ultimate Wedding Fair (October 2023) sold out in a week."],
    "royal-wedding": ["Searches for boat-neck dresses tripled after the royal wedding (May 2018).",
                      "The royal wedding (19 May 2018) was watched by millions in the UK and Australia."],
    "season-range": ["Most bookings fall in wedding season (June to September 2023).",
                     "Enquiries were strongest in peak season (May–September 2024) and weakest in January."],
    "marriage-act": ["Same-sex weddings began under the Marriage (Same Sex Couples) Act 2013 in England and Wales.",
                     "The Marriage Act 2015 (Ireland) followed the referendum in May 2015."],
    "australia-act": ["The Marriage Amendment (Definition and Religious Freedoms) Act 2017 opened a new market for Australian venues.",
                      "Australian venues updated their copy after the 2017 amendment (December 2017)."],
    "online-safety-act": ["The Online Safety Act 2023 places new duties on dating platforms.",
                          "Age checks under the Online Safety Act 2023 will affect sign-up journeys."],
    "minimum-age-act": ["The Marriage and Civil Partnership (Minimum Age) Act 2022 raised the age of marriage to 18.",
                        "Since the 2022 Act (in force February 2023), no one under 18 can marry in England and Wales."],
    "gdpr-date": ["Consent journeys were rebuilt for GDPR (May 2018).", "Sensitive data, such as sexuality, needs explicit consent under GDPR (Article 9)."],
    "marriages-figure": ["There were 235,000 marriages in England and Wales in 2022.", "Marriages rebounded to about 246,000 (2022) after the pandemic."],
    "ireland-figure": ["There were around 21,000 weddings in Ireland (2023).", "Civil ceremonies made up a third of Irish weddings in 2023."],
    "users-quarter": ["Tinder had 75 million monthly users (Q2 2024).", "Paying users reached {n},000 in the quarter (Q{q} 2024)."],
    "fall-half-year": ["There was a 20% fall in paying users (H1 2024) at one app.", "Revenue per payer rose by {pc}% (H2 2023)."],
    "wedding-bans": ["The 2020 wedding bans cancelled or postponed most bookings.", "Venues lost a season to the wedding bans (March–July 2020)."],
    "rule-of-six": ["Receptions were capped under the Rule of Six (September 2020).", "Weddings were limited to 15 guests (November 2020)."],
    "catch-up-boom": ["The 2022 catch-up boom filled diaries two years ahead.", "Bookings surged in the catch-up year (2022) as postponed weddings went ahead."],
    "ipo-date": ["Bumble's IPO (February 2021) valued the firm at over $8 billion.", "Shares fell well below the listing price (February 2021)."],
    "spin-off": ["Match Group's separation from IAC (July 2020) made it a stand-alone listed company.",
                 "The spin-off (completed July 2020) left Match Group independent."],
    "acquisition-year": ["Hinge's purchase (2019) gave Match Group a brand for serious daters.", "The Knot merged with WeddingWire (2018) to form The Knot Worldwide."],
    "wedding-award": ["The venue won at the Hitched Wedding Awards 2023.", "The planner was a finalist in the UK Wedding Awards 2024."],
    "industry-award": ["The campaign won at the Drum Awards 2022.", "The app was honoured at the Webby Awards 2023."],
    "ticker": ["Match Group trades on the NASDAQ (NASDAQ: MTCH).", "Bumble's shares (NASDAQ: BMBL) fell after the results.",
               "Investors compared it with The Knot's former listing (NYSE: TKNO)."],
    "job-title": ["The Chief Marketing Officer (CMO) leads a team of {n}.", "Interviews were held with the Head of Brand (Dublin office).",
                  "The Community Manager (part-time) runs the Instagram account."],
    "planner-role": ["The wedding planner (self-employed) works with {n} couples a year.", "Its founder (Whitney Wolfe Herd) stepped down as CEO in 2024."],
    "honour": ["The founder was appointed OBE (2022 Birthday Honours).", "The CEO (appointed January 2024) came from a gaming company."],
    "financial-year": ["Revenue grew to £{n}m in FY2024.", "Marketing spend was cut (FY2023 budget) to protect margins."],
    "half-year": ["Results for H1 2024 showed slower growth.", "The campaign ran in H2 2023 across {ch}."],
    "quarter": ["Downloads fell in Q3 2023 after the price rise.", "Sign-ups recovered in the following quarter (Q4 2023)."],
    "sample-size": ["Most respondents preferred video profiles (n = {n}).", "Fifteen couples were interviewed (n = 15; spring 2024)."],
    "percentage-year": ["Around {pc}% of couples used a planning app (2023).", "About 30% of couples met online (2023 survey)."],
    "figure-ref": ["The pricing ladder is shown in Figure {q}.", "Costs are set out in the budget (Appendix {q})."],
    "cross-reference": ["This is discussed in Task 2 (b).", "See Section 3.{q} (page {q}) for the channel plan."],
    "handle": ["The support team replies on X (@HelpUK) within hours.", "The hashtag (#HitchedAwards) trended on awards night."],
    "web-address": ["Couples compare suppliers on the directory (www.hitched.co.uk).", "The brand's Irish site (onefabday.com) is separate."],
    "age-range": ["The core segment is young professionals (aged 25–34).", "Over-50s (50+) are the fastest-growing group."],
    "guest-count": ["Micro-weddings (under 30 guests) became popular in 2021.", "The average wedding had around 80 guests (2023)."],
    "slogan": ["Hinge's line ‘Designed to be deleted’ is central to its brand.", "Bumble's ‘Make the first move’ message targets women.",
               "The ‘Say yes to less’ campaign (spring 2024) promoted smaller weddings."],
    "abbreviation": ["The Competition and Markets Authority (CMA) has warned firms about subscription traps.",
                     "Key performance indicators (KPIs) include average revenue per paying user (ARPPU) and churn.",
                     "The Online Dating and Discovery Association (ODDA) sets a code of practice for members."],
    "version-year": ["The app's redesign (version 14, 2023) moved prompts above photos.", "The new algorithm (rolled out in 2024) prioritises active users."],
    "store-opening": ["Wed2B opened its first Irish store in 2019.", "The flagship boutique (opened 2021) is in {city}."],
    "referendum-date": ["Ireland voted for marriage equality (22 May 2015).", "Australia's postal survey (November 2017) returned a 61.6% yes vote."],
    "rating-score": ["The app is rated {q}.{q} stars (App Store, {d} March 2024).", "The venue scores 4.9 out of 5 (over 300 reviews)."],
    "currency-conversion": ["The subscription costs AUD 39.99 (about £21) a month.", "Prices are shown in euro (€) for Irish users."],
    "booking-lead": ["Couples book venues about 14 months ahead (2024).", "Most dresses are ordered six to nine months before the wedding."],
    "event-series": ["Bumble hosted singles nights in {city} (summer 2023).", "The Love Island tie-in (series 10, 2023) drove downloads."],
}  # fmt: skip
